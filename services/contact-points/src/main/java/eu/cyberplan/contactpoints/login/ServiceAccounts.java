package eu.cyberplan.contactpoints.login;

import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The service account of exercise control, {@code svc.exercises} (role EXERCISE_CONTROL, country EU), with the secret
 * the environment gives ({@code CYBERPLAN_EXERCISES_SERVICE_PASSWORD}); set or renewed at every start, so rotating the
 * secret is a restart of both services. Without the secret there is no such account.
 */
@Singleton
@Requires(property = "cyberplan.service-accounts.exercises-password", pattern = ".+")
public class ServiceAccounts implements ApplicationEventListener<StartupEvent> {

    public static final String EXERCISES = "svc.exercises";
    private static final Logger LOG = LoggerFactory.getLogger(ServiceAccounts.class);

    private final UserAccounts accounts;
    private final String password;

    public ServiceAccounts(UserAccounts accounts, @Value("${cyberplan.service-accounts.exercises-password}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (password.length() < 16) {
            throw new IllegalStateException("CYBERPLAN_EXERCISES_SERVICE_PASSWORD must have at least 16 characters");
        }
        String hash = PasswordHashing.hash(password);
        accounts.save(new UserAccount(EXERCISES, hash, List.of(Roles.EXERCISE_CONTROL), Caller.EU, "Exercise control (service)", true));
        LOG.info("Service account {} ready (role {})", EXERCISES, Roles.EXERCISE_CONTROL);
    }
}
