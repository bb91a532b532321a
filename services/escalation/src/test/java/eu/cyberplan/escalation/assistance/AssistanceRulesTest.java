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

    @ParameterizedTest(name = "{0} with entities [{1}], locations [{2}], duration {3}, countries [{4}] → fields {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "EU_CYBERSECURITY_RESERVE | Latvenergo AS | Riga     | P14D   | -  | -",
            "EU_CYBERSECURITY_RESERVE | Latvenergo AS | Riga     | PT1H   | -  | -",
            "EU_CYBERSECURITY_RESERVE | Latvenergo AS | Riga     | P365D  | -  | -",
            "EU_CYBERSECURITY_RESERVE | Latvenergo AS | Riga     | P366D  | -  | reserve.expectedDuration",
            "EU_CYBERSECURITY_RESERVE | Latvenergo AS | Riga     | PT59M  | -  | reserve.expectedDuration",
            "EU_CYBERSECURITY_RESERVE | Latvenergo AS | Riga     | 2 weeks| -  | reserve.expectedDuration",
            "EU_CYBERSECURITY_RESERVE | Latvenergo AS | Riga     | -      | -  | reserve.expectedDuration",
            "EU_CYBERSECURITY_RESERVE | -             | Riga     | P14D   | -  | reserve.entities",
            "EU_CYBERSECURITY_RESERVE | Latvenergo AS | -        | P14D   | -  | reserve.locations",
            "EU_CYBERSECURITY_RESERVE | Latvenergo AS | Riga     | P14D   | FI | countries",   // the coordinators are asked, no country
            "FORENSICS                | Latvenergo AS | Riga     | P14D   | -  | reserve",     // only the Reserve has a reserve part
    })
    void shouldAskTheReserveWithTheEntitiesThePlaceAndTheDuration(String kind, String entity, String location, String duration, String country,
                                                                  String fields) {
        AssistanceViews.Reserve reserve = new AssistanceViews.Reserve(entity == null ? java.util.List.of() : java.util.List.of(entity),
                location == null ? null : java.util.List.of(location), duration, null);
        assertThat(AssistanceRules.reserve(kind, reserve, country == null ? null : java.util.List.of(country))).extracting(FieldError::field)
                .containsExactlyElementsOf(fields == null ? java.util.List.of() : java.util.List.of(fields.split(" ")));
        if (!AssistanceRules.RESERVE.equals(kind)) {
            assertThat(AssistanceRules.reserve(kind, null, null)).isEmpty();
        } else {
            assertThat(AssistanceRules.reserve(kind, null, null)).extracting(FieldError::field).containsExactly("reserve");
        }
    }

    @ParameterizedTest(name = "{0} request decided before: {1}; activated {2}, reason ''{3}'' → conflict {4}, field {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "EU_CYBERSECURITY_RESERVE | -         | true  | -                    | false | -",
            "EU_CYBERSECURITY_RESERVE | -         | false | national team copes  | false | -",
            "EU_CYBERSECURITY_RESERVE | -         | false | -                    | false | reason",
            "EU_CYBERSECURITY_RESERVE | -         | -     | -                    | false | activated",
            "EU_CYBERSECURITY_RESERVE | ACTIVATED | true  | -                    | true  | -",
            "FORENSICS                | -         | true  | -                    | true  | -",   // offers on it are its requester's to decide
    })
    void shouldLetTheCoordinatorsDecideAReserveRequestOnceAndExplainARefusal(String kind, String earlier, Boolean activated, String reason,
                                                                            boolean conflict, String field) {
        assertThat(AssistanceRules.reserveDecisionConflict(kind, earlier).isPresent()).isEqualTo(conflict);
        assertThat(AssistanceRules.reserveDecision(activated, reason)).extracting(FieldError::field)
                .containsExactlyElementsOf(field == null ? java.util.List.of() : java.util.List.of(field));
    }

    @ParameterizedTest(name = "an offer on a {0} request ({1}) → conflict {2}")
    @CsvSource({"FORENSICS, OPEN, false", "FORENSICS, ACCEPTED, true", "EU_CYBERSECURITY_RESERVE, OPEN, true"})
    void shouldTakeNoOfferOnAReserveRequest(String kind, String status, boolean conflict) {
        assertThat(AssistanceRules.offerConflict(kind, status).isPresent()).isEqualTo(conflict);
    }
}
