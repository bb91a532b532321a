package eu.cyberplan.incidentreporting.deadline;

/** How a reporting clock stands: submitted on time or late, still due, overdue, or not asked for. */
public enum DeadlineState {
    ON_TIME, LATE, PENDING, OVERDUE, NOT_REQUESTED
}
