package eu.cyberplan.escalation;

import java.time.Instant;
import java.util.UUID;

/** Incident events as incident-reporting publishes them, for the escalation tests to feed the protocol. */
public final class IncidentFixtures {

    private IncidentFixtures() {
    }

    /** An AMBER {@code incident.reported} from EE with the given severity and affected countries (a JSON array). */
    public static String reported(UUID incident, String severity, String affected) {
        Instant now = Instant.now();
        return """
                {"incidentId":"%s","reference":"EE-2026-000007","reporterCountry":"EE","title":"Ransomware on grid operator",
                 "severity":"%s","tlp":"AMBER","pap":"AMBER","rsitClass":"malicious-code","rsitType":"infected-system",
                 "affectedCountries":%s,"crossBorder":true,"suspectedMalicious":true,"sectors":["energy"],"recipients":[],
                 "awareAt":"%s","reportedAt":"%s","reportedBy":"duty.ee","mode":"REAL","significant":false}"""
                .formatted(incident, severity, affected, now, now);
    }
}
