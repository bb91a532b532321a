package eu.cyberplan.exercises.exercise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleaseTimelineTest {

    private static final Instant T0 = Instant.parse("2026-10-01T08:00:00Z");

    @ParameterizedTest(name = "offset {0} s at {1}× is due {2} s after T0")
    @CsvSource({
            "0, 1, 0",
            "900, 1, 900",
            "900, 15, 60",
            "3600, 60, 60",
            "7, 2, 3.5",
            "86400, 60, 1440"})
    void shouldDivideOffsetsByTheCompression(long offset, int compression, double wallSeconds) {
        ReleaseTimeline timeline = ReleaseTimeline.startedAt(T0, compression);
        assertThat(timeline.dueAt(Duration.ofSeconds(offset))).isEqualTo(T0.plusMillis((long) (wallSeconds * 1000)));
    }

    @Test
    void shouldKeepOffsetsRightAcrossPauses() {
        // 10×: an inject at T0 + 50 min is due 5 wall minutes after T0 if nothing pauses.
        ReleaseTimeline running = ReleaseTimeline.startedAt(T0, 10);
        ReleaseTimeline paused = running.pause(T0.plusSeconds(120));
        assertThat(paused.dueAt(Duration.ofMinutes(50))).as("nothing is due while paused").isNull();
        assertThat(paused.exerciseTime(T0.plusSeconds(3600))).as("the exercise clock stands still").isEqualTo(Duration.ofMinutes(20));

        ReleaseTimeline resumed = paused.resume(T0.plusSeconds(120 + 600));
        assertThat(resumed.dueAt(Duration.ofMinutes(50))).isEqualTo(T0.plusSeconds(300 + 600));
        assertThat(resumed.exerciseTime(T0.plusSeconds(120 + 600 + 60))).isEqualTo(Duration.ofMinutes(30));

        ReleaseTimeline twice = resumed.pause(T0.plusSeconds(1000)).resume(T0.plusSeconds(1300));
        assertThat(twice.pausedTotal()).isEqualTo(Duration.ofSeconds(900));
        assertThat(twice.dueAt(Duration.ofMinutes(50))).isEqualTo(T0.plusSeconds(300 + 900));
        assertThat(twice.exerciseTime(T0.plusSeconds(300 + 900))).isEqualTo(Duration.ofMinutes(50));
    }

    @Test
    void shouldNeverRunBeforeT0() {
        ReleaseTimeline timeline = ReleaseTimeline.startedAt(T0, 5);
        assertThat(timeline.exerciseTime(T0.minusSeconds(30))).isEqualTo(Duration.ZERO);
        assertThat(timeline.toWall(Duration.ofMinutes(15))).isEqualTo(Duration.ofMinutes(3));
        assertThat(timeline.toExercise(Duration.ofMinutes(3))).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void shouldRefuseToPauseTwiceOrResumeWhatRuns() {
        ReleaseTimeline running = ReleaseTimeline.startedAt(T0, 1);
        assertThatThrownBy(() -> running.resume(T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> running.pause(T0).pause(T0)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 61, 1000})
    void shouldRefuseACompressionOutsideOneToSixty(int compression) {
        assertThatThrownBy(() -> ReleaseTimeline.startedAt(T0, compression)).isInstanceOf(IllegalArgumentException.class);
    }
}
