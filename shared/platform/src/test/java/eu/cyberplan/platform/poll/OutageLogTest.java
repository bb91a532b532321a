package eu.cyberplan.platform.poll;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class OutageLogTest {

    @Test
    void shouldSayOnceWhenAnOutageBeginsAndOnceWhenItEnds() {
        Logger logger = (Logger) LoggerFactory.getLogger("outage-log-test");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        OutageLog outage = new OutageLog(logger, "Cannot fire due deadlines", "Firing deadlines again");

        outage.worked();
        outage.failed(new IllegalStateException("connection refused"));
        outage.failed(new IllegalStateException("connection refused"));
        outage.worked();
        outage.worked();

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Cannot fire due deadlines; trying again on every poll: java.lang.IllegalStateException: connection refused",
                "Firing deadlines again");
    }
}
