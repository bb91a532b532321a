package eu.cyberplan.escalation.protocol;

import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.platform.problem.FieldError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A coordinator's level change (DESIGN §5.5, §9): a known level; a reason to lower; at POLITICAL an IPCR mode
 * (monitoring by default). Raising to the level the case is at, in the same mode, is allowed and changes nothing.
 */
public final class LevelRules {

    public static final List<String> IPCR_MODES = List.of("MONITORING", "INFORMATION_SHARING", "FULL_ACTIVATION");

    private LevelRules() {
    }

    public static List<FieldError> check(String current, String requested, String reason, String ipcrMode) {
        List<FieldError> errors = new ArrayList<>();
        if (requested == null || Arrays.stream(CrisisLevel.values()).noneMatch(l -> l.name().equals(requested))) {
            errors.add(new FieldError("level", "must be one of " + Arrays.toString(CrisisLevel.values())));
            return errors;
        }
        if (CrisisLevel.valueOf(requested).compareTo(CrisisLevel.valueOf(current)) < 0 && (reason == null || reason.isBlank())) {
            errors.add(new FieldError("reason", "lowering the level from " + current + " to " + requested + " needs a reason"));
        }
        if (ipcrMode != null && !CrisisLevel.POLITICAL.name().equals(requested)) {
            errors.add(new FieldError("ipcrMode", "applies to POLITICAL only"));
        } else if (ipcrMode != null && !IPCR_MODES.contains(ipcrMode)) {
            errors.add(new FieldError("ipcrMode", "must be one of " + IPCR_MODES));
        }
        return errors;
    }

    /** The IPCR mode a POLITICAL case runs in: the one asked for, else monitoring. */
    public static String ipcrMode(String requested, String ipcrMode) {
        return CrisisLevel.POLITICAL.name().equals(requested) ? (ipcrMode == null ? IPCR_MODES.get(0) : ipcrMode) : null;
    }
}
