package eu.cyberplan.platform.inbox;

import eu.cyberplan.events.v1.Mode;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A consumed CloudEvent: its attributes and the JSON payload, not yet decoded. */
public record IncomingEvent(UUID id, String type, String source, String subject, OffsetDateTime time,
                            Mode mode, UUID exerciseId, String tlp, byte[] data) {
}
