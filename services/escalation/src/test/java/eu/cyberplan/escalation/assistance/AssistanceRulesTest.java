package eu.cyberplan.escalation.assistance;

import eu.cyberplan.platform.problem.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Assistance as tables: what a request needs, who may offer when, how an offer is decided. */
class AssistanceRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

    @ParameterizedTest(name = "{0} / ''{1}'' / {2} → {3}")
    @CsvSource({
            "FORENSICS,    memory images of 3 hosts, 2026-11-24T09:00:00Z, ",
            "CONTAINMENT,  firewall rules,            ,                     ",
            "COUNSELLING,  someone to talk to,        ,                     kind",
            ",             anything,                  ,                     kind",
            "REPAIR,       '  ',                      ,                     needs",
            "OTHER,        a generator,               2026-11-24T03:00:00Z, neededBy",
    })
    void shouldAskForAKnownKindOfHelpAndSayWhatIsNeeded(String kind, String needs, Instant neededBy, String refused) {
        assertThat(AssistanceRules.request(kind, needs, neededBy, NOW)).extracting(FieldError::field)
                .containsExactlyElementsOf(refused == null ? java.util.List.of() : java.util.List.of(refused));
    }

    @ParameterizedTest(name = "{0} offers to {1}''s {2} request → field {3}, conflict {4}")
    @CsvSource({
            "FI, LV, OPEN,     false, false",
            "LV, LV, OPEN,     true,  false",
            "FI, LV, ACCEPTED, false, true",
    })
    void shouldTakeOffersFromOthersWhileTheRequestIsOpen(String offering, String requesting, String status, boolean field, boolean conflict) {
        assertThat(AssistanceRules.offerRefusedField(offering, requesting).isPresent()).isEqualTo(field);
        assertThat(AssistanceRules.offerConflict(status).isPresent()).isEqualTo(conflict);
    }

    @ParameterizedTest(name = "earlier {0}, accepted {1}, reason ''{2}'' → conflict {3}, field {4}")
    @CsvSource({
            ",         true,  ,            false, ",
            ",         false, not needed,  false, ",
            ",         false, ,            false, reason",
            ",         ,      ,            false, accepted",
            "ACCEPTED, true,  ,            true,  ",
            "DECLINED, true,  ,            true,  ",
    })
    void shouldDecideEachOfferOnceAndExplainADecline(String earlier, Boolean accepted, String reason, boolean conflict, String field) {
        assertThat(AssistanceRules.decisionConflict(earlier).isPresent()).isEqualTo(conflict);
        assertThat(AssistanceRules.decision(accepted, reason)).extracting(FieldError::field)
                .containsExactlyElementsOf(field == null ? java.util.List.of() : java.util.List.of(field));
    }
}
