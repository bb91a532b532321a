package eu.cyberplan.exercises.exercise;

/**
 * Where an exercise stands: {@code PLANNED → RUNNING ⇄ PAUSED → ENDED}. Each action says from which statuses it may be
 * taken; any other is a conflict (409) whose reason names the status.
 */
public enum ExerciseStatus {
    PLANNED, RUNNING, PAUSED, ENDED;

    /** The actions on an exercise and the status each one leads to. */
    public enum Action {
        START(RUNNING), PAUSE(PAUSED), RESUME(RUNNING), END(ENDED);

        private final ExerciseStatus leadsTo;

        Action(ExerciseStatus leadsTo) {
            this.leadsTo = leadsTo;
        }

        public ExerciseStatus leadsTo() {
            return leadsTo;
        }
    }

    /** Empty when {@code action} may be taken in this status, else why not. */
    public java.util.Optional<String> refuses(Action action) {
        boolean allowed = switch (action) {
            case START -> this == PLANNED;
            case PAUSE -> this == RUNNING;
            case RESUME -> this == PAUSED;
            case END -> this == RUNNING || this == PAUSED;
        };
        if (allowed) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(switch (this) {
            case PLANNED -> "the exercise has not started";
            case RUNNING -> action == Action.START ? "the exercise is already running" : "the exercise is running";
            case PAUSED -> action == Action.START ? "the exercise has already started and is paused" : "the exercise is paused";
            case ENDED -> "the exercise has ended (ENDEX)";
        });
    }
}
