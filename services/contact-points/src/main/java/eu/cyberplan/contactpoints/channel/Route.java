package eu.cyberplan.contactpoints.channel;

/** Which of a country's channels a notification takes: PRIMARY for a new alert, BACKUP when escalation asks for it. */
public enum Route {
    PRIMARY,
    BACKUP
}
