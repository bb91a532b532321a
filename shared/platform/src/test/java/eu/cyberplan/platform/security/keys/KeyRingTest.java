package eu.cyberplan.platform.security.keys;

import com.nimbusds.jose.jwk.JWK;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class KeyRingTest {

    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2026-01-31T00:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-02T00:00:00Z");
    private static final KeyRing RING = new KeyRing(List.of(KeyFiles.newKey(MAR), KeyFiles.newKey(JAN), KeyFiles.newKey(FEB)));
    private static final Duration ROTATION = Duration.ofDays(30);
    private static final Duration AHEAD = Duration.ofMinutes(10);

    static Stream<Arguments> moments() {
        return Stream.of(
                arguments("before any key signs", JAN.minusSeconds(1), null, List.of(JAN, FEB, MAR)),
                arguments("the first key's first second", JAN, JAN, List.of(JAN, FEB, MAR)),
                arguments("the second month: its key and the previous one, the next one ahead", FEB.plusSeconds(60), FEB, List.of(JAN, FEB, MAR)),
                arguments("after the last rotation: the first key is gone", MAR.plusSeconds(60), MAR, List.of(FEB, MAR)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moments")
    void shouldSignWithTheNewestActiveKeyAndPublishItsPredecessorAndSuccessors(String moment, Instant now, Instant signer, List<Instant> published) {
        assertThat(RING.signing(now).map(KeyRing::activeFrom).orElse(null)).isEqualTo(signer);
        assertThat(RING.published(now).stream().map(KeyRing::activeFrom).toList()).isEqualTo(published);
        assertThat(RING.published(now)).allMatch(key -> !key.isPrivate());
    }

    static Stream<Arguments> rotations() {
        return Stream.of(
                arguments("a young key", MAR.plus(Duration.ofDays(10)), Optional.empty()),
                arguments("ten minutes before its turn the next key is made", MAR.plus(ROTATION).minus(AHEAD), Optional.of(MAR.plus(ROTATION))),
                arguments("a node that was down past the turn makes one that signs at once", MAR.plus(Duration.ofDays(45)),
                        Optional.of(MAR.plus(Duration.ofDays(45)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rotations")
    void shouldMakeTheNextKeyAheadOfItsTurn(String when, Instant now, Optional<Instant> next) {
        assertThat(RING.nextActivationDue(now, ROTATION, AHEAD)).isEqualTo(next);
    }

    @org.junit.jupiter.api.Test
    void shouldMakeTheFirstKeyAtOnceInAnEmptyRing() {
        assertThat(new KeyRing(List.<JWK>of()).nextActivationDue(JAN, ROTATION, AHEAD)).contains(JAN);
    }
}
