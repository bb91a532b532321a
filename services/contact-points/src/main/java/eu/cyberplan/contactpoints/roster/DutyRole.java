package eu.cyberplan.contactpoints.roster;

/** The role of a duty officer on a shift: the primary is reached first, the backup when escalation asks for it. */
public enum DutyRole {
    PRIMARY, BACKUP
}
