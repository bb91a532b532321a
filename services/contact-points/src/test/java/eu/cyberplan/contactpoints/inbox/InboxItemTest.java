package eu.cyberplan.contactpoints.inbox;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InboxItemTest {

    @Test
    void shouldPutTheExerciseBannerBeforeEveryExerciseTitleAndNoOther() {
        assertThat(item("EXERCISE", "Grid outage").shown().title()).isEqualTo("EXERCISE EXERCISE EXERCISE Grid outage");
        assertThat(item("EXERCISE", null).shown().title()).isEqualTo("EXERCISE EXERCISE EXERCISE");
        assertThat(item("REAL", "Grid outage").shown().title()).isEqualTo("Grid outage");
    }

    private static InboxItem item(String mode, String title) {
        Instant now = Instant.now();
        return InboxItem.delivered(UUID.randomUUID(), UUID.randomUUID(), "LV", "ALERT", "HIGH", "AMBER", mode,
                "EXERCISE".equals(mode) ? UUID.randomUUID() : null, title, "EE", "TECHNICAL", now, now.plusSeconds(3600), now, null, null);
    }
}
