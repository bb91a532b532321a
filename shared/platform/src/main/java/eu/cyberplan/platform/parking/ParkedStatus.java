package eu.cyberplan.platform.parking;

/** Where a parked event stands: waiting for an operator, given another try, or given up on (kept, never deleted). */
public enum ParkedStatus { PARKED, RETRIED, DISCARDED }
