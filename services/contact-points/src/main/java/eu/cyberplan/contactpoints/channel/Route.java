package eu.cyberplan.contactpoints.channel;

/**
 * Which of a country's channels a notification takes: PRIMARY for a new alert, BACKUP when escalation asks for it,
 * LIAISON for the country's EU-CyCLONe liaison when a case reaches the operational level (DESIGN §14).
 */
public enum Route {
    PRIMARY,
    BACKUP,
    LIAISON
}
