package eu.cyberplan.exercises.scenario;

/** What an inject does when it is released. */
public enum InjectKind {
    /** An incident filed for the inject's country through incident-reporting's API, as a duty officer would. */
    INCIDENT,
    /** News of the scenario for the inject's country (a situation update), to its inbox. */
    SITUATION_UPDATE,
    /** A communication check of the inject's country, to its inbox. */
    COMCHECK,
    /** A message to a participant, to its inbox. */
    MESSAGE
}
