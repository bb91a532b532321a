package eu.cyberplan.exercises.release;

import eu.cyberplan.platform.security.Roles;
import eu.cyberplan.testing.TestTokens;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;

/** In tests the service token is minted with the test key, as contact-points would sign it for svc.exercises. */
@Singleton
@Replaces(LoginControlToken.class)
public class TestControlToken implements ControlToken {

    @Override
    public String current() {
        return TestTokens.token("svc.exercises", "EU", Roles.EXERCISE_CONTROL);
    }

    @Override
    public void invalidate() {
        // A minted token never expires within a test.
    }
}
