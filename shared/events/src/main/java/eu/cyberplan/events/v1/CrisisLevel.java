package eu.cyberplan.events.v1;

/** The levels of the EU Blueprint: CSIRTs Network, EU-CyCLONe, IPCR. */
public enum CrisisLevel {
    TECHNICAL,
    OPERATIONAL,
    POLITICAL
}
