package eu.cyberplan.escalation.protocol;

import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.platform.country.CountryCodes;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;

/** The European plan's routing and acknowledgement SLAs, from configuration (the versioned plan comes with issue 6). */
@Factory
public class ProtocolPlanFactory {

    @Singleton
    AcknowledgementSla sla(@Value("${escalation.sla.critical:15m}") Duration critical, @Value("${escalation.sla.high:1h}") Duration high,
                           @Value("${escalation.sla.medium:4h}") Duration medium, @Value("${escalation.sla.low:24h}") Duration low) {
        return new AcknowledgementSla(Map.of(Severity.CRITICAL, critical, Severity.HIGH, high, Severity.MEDIUM, medium, Severity.LOW, low));
    }

    @Singleton
    AlertRouting routing() {
        return new AlertRouting(CountryCodes.MEMBERS);
    }
}
