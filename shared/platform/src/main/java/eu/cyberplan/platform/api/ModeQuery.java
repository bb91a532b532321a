package eu.cyberplan.platform.api;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.problem.ProblemException;

import java.util.Arrays;

/** The {@code ?mode=} of a list (DESIGN §9): the real view unless {@code EXERCISE} is asked for; anything else is a 422 naming it. */
public final class ModeQuery {

    private ModeQuery() {
    }

    public static Mode of(String mode) {
        if (mode == null) {
            return Mode.REAL;
        }
        return Arrays.stream(Mode.values()).filter(m -> m.name().equals(mode)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("mode", "must be REAL or EXERCISE"));
    }
}
