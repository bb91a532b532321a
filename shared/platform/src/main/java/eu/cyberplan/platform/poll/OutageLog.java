package eu.cyberplan.platform.poll;

import org.slf4j.Logger;

/**
 * What a poller of due rows says about an outage (database down): one warning when it begins, one line when it ends,
 * nothing on the polls between; the rows stay due and are handled on the first poll that works.
 */
public final class OutageLog {

    private final Logger log;
    private final String failing;
    private final String recovered;
    private volatile boolean down;

    /** {@code failing}: what cannot be done ("Cannot fire due deadlines"); {@code recovered}: the line when it can again. */
    public OutageLog(Logger log, String failing, String recovered) {
        this.log = log;
        this.failing = failing;
        this.recovered = recovered;
    }

    public void worked() {
        if (down) {
            log.info(recovered);
            down = false;
        }
    }

    public void failed(RuntimeException e) {
        if (!down) {
            log.warn("{}; trying again on every poll: {}", failing, e.toString());
            down = true;
        }
    }
}
