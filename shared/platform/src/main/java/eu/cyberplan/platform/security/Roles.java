package eu.cyberplan.platform.security;

/** The roles of DESIGN §8, as they appear in the JWT {@code roles} claim. */
public final class Roles {

    public static final String DUTY_OFFICER = "DUTY_OFFICER";
    public static final String NCP = "NCP";
    public static final String PLAN_OWNER = "PLAN_OWNER";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String EXERCISE_PLANNER = "EXERCISE_PLANNER";
    public static final String AUDITOR = "AUDITOR";
    public static final String EXERCISE_CONTROL = "EXERCISE_CONTROL";

    /** The claim that scopes a person to a country ({@code EU} for EU-level people). */
    public static final String COUNTRY_CLAIM = "country";

    private Roles() {
    }
}
