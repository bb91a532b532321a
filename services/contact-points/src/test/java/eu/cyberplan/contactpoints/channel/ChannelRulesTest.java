package eu.cyberplan.contactpoints.channel;

import eu.cyberplan.platform.problem.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelRulesTest {

    private static final String SECRET = "s".repeat(32);
    private static final Function<String, Optional<String>> ANYWHERE = url -> Optional.empty();

    @ParameterizedTest(name = "{0} {1} {2} secret={3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "PRIMARY | WEBHOOK | https://pager.cert.lv.example/hook | SECRET | ok",
            "BACKUP  | WEBHOOK | http://10.0.0.7:8080/pager         | SECRET | ok",
            "PRIMARY | EMAIL   | ncp@cert.lv.example                | null   | ok",
            "PRIMARY | WEBHOOK | ftp://pager.example/hook           | SECRET | channels[0].address",
            "PRIMARY | WEBHOOK | not a url                          | SECRET | channels[0].address",
            "PRIMARY | WEBHOOK | https://user:pw@pager.example/hook  | SECRET | channels[0].address",
            "PRIMARY | WEBHOOK | https:///nohost                    | SECRET | channels[0].address",
            "PRIMARY | WEBHOOK | https://pager.example/hook         | null   | channels[0].secret",
            "PRIMARY | WEBHOOK | https://pager.example/hook         | short  | channels[0].secret",
            "PRIMARY | EMAIL   | not-an-address                     | null   | channels[0].address",
            "PRIMARY | EMAIL   | NCP <ncp@cert.lv.example>          | null   | channels[0].address",
            "PRIMARY | EMAIL   | ncp@cert.lv.example                | SECRET | channels[0].secret",
            "PRIMARY | EMAIL   | null                               | null   | channels[0].address",
            "SIDE    | EMAIL   | ncp@cert.lv.example                | null   | channels[0].route",
            "PRIMARY | SMS     | +371000000                         | null   | channels[0].kind"
    })
    void shouldNameTheFieldOfEveryBrokenRule(String route, String kind, String address, String secret, String field) {
        ChannelRequest channel = new ChannelRequest(route, kind, address, "SECRET".equals(secret) ? SECRET : secret, null);
        List<FieldError> errors = ChannelRules.check(new ChannelsUpdate(List.of(channel)), Set.of(), ANYWHERE);
        if ("ok".equals(field)) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).extracting(FieldError::field).containsExactly(field);
        }
    }

    @Test
    void shouldKeepTheSecretOfAWebhookSentBackWithoutIt() {
        ChannelsUpdate update = new ChannelsUpdate(List.of(new ChannelRequest("PRIMARY", "WEBHOOK", "https://pager.example/hook", null, true)));
        assertThat(ChannelRules.check(update, Set.of(ChannelRules.key(Route.PRIMARY, "https://pager.example/hook")), ANYWHERE)).isEmpty();
        assertThat(ChannelRules.check(update, Set.of(ChannelRules.key(Route.BACKUP, "https://pager.example/hook")), ANYWHERE))
                .extracting(FieldError::field).containsExactly("channels[0].secret");
    }

    @Test
    void shouldRefuseAMissingListDuplicatesAndTooMany() {
        assertThat(ChannelRules.check(new ChannelsUpdate(null), Set.of(), ANYWHERE)).extracting(FieldError::field).containsExactly("channels");
        assertThat(ChannelRules.check(null, Set.of(), ANYWHERE)).extracting(FieldError::field).containsExactly("channels");
        assertThat(ChannelRules.check(new ChannelsUpdate(List.of()), Set.of(), ANYWHERE)).isEmpty();
        ChannelRequest mail = new ChannelRequest("PRIMARY", "EMAIL", "ncp@cert.lv.example", null, null);
        assertThat(ChannelRules.check(new ChannelsUpdate(List.of(mail, mail)), Set.of(), ANYWHERE)).extracting(FieldError::field).containsExactly("channels[1]");
        ChannelRequest[] many = new ChannelRequest[ChannelRules.MAX_CHANNELS + 1];
        Arrays.fill(many, mail);
        assertThat(ChannelRules.check(new ChannelsUpdate(Arrays.asList(many)), Set.of(), ANYWHERE)).extracting(FieldError::field).containsExactly("channels");
    }
}
