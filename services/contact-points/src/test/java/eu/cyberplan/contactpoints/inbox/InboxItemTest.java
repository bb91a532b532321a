package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InboxItemTest {

    @Test
    void shouldPutTheExerciseBannerBeforeEveryExerciseTitleAndNoOther() {
        assertThat(item(Mode.EXERCISE, "Grid outage").shown().title()).isEqualTo("EXERCISE EXERCISE EXERCISE Grid outage");
        assertThat(item(Mode.EXERCISE, null).shown().title()).isEqualTo("EXERCISE EXERCISE EXERCISE");
        assertThat(item(Mode.REAL, "Grid outage").shown().title()).isEqualTo("Grid outage");
    }

    private static InboxItem item(Mode mode, String title) {
        Instant now = Instant.now();
        return InboxItem.delivered(UUID.randomUUID(), UUID.randomUUID(), "LV", "ALERT", Severity.HIGH, "AMBER", mode,
                mode == Mode.EXERCISE ? UUID.randomUUID() : null, title, "EE", "TECHNICAL", now, now.plusSeconds(3600), now, null, null);
    }
}
