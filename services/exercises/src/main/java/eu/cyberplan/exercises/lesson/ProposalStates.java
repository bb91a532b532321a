package eu.cyberplan.exercises.lesson;

import java.util.List;

/**
 * What became of the change proposed from a lesson, as the country's node tells it, as rules: the latest news replaces
 * the earlier (a rejected proposal can be followed by a new draft), except that a lesson once acted on by an approved
 * change stays APPROVED whatever happens to a second proposal from it; news of an older version never replaces news of
 * a newer one.
 */
public final class ProposalStates {

    public static final String NONE = "NONE";
    public static final String DRAFT = "DRAFT";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";
    static final List<String> STATES = List.of(NONE, DRAFT, APPROVED, REJECTED);

    private ProposalStates() {
    }

    /** Whether news of {@code incoming} for plan version {@code incomingVersion} replaces what the lesson shows now. */
    public static boolean replaces(String current, Integer currentVersion, String incoming, int incomingVersion) {
        if (!STATES.contains(incoming) || NONE.equals(incoming)) {
            return false;
        }
        if (APPROVED.equals(current) && !(currentVersion != null && currentVersion == incomingVersion)) {
            return false;
        }
        return currentVersion == null || incomingVersion >= currentVersion;
    }
}
