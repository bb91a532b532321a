package eu.cyberplan.platform.audit;

import eu.cyberplan.platform.security.Roles;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;

/** Who acts: the subject of the current request's token, or {@code system} for listeners, timers and relays. */
record AuditActor(String name, String country) {

    static final AuditActor SYSTEM = new AuditActor("system", null);

    static AuditActor current() {
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getUserPrincipal(Authentication.class))
                .map(AuditActor::of)
                .orElse(SYSTEM);
    }

    private static AuditActor of(Authentication authentication) {
        Object country = authentication.getAttributes().get(Roles.COUNTRY_CLAIM);
        return new AuditActor(authentication.getName(), country == null ? null : country.toString());
    }
}
