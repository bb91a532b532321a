package eu.cyberplan.infra.launcher;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The SMTP server the e-mail notifications go to: the one named by {@code CYBERPLAN_SMTP_HOST}, else a local demo
 * mail server (SMTP and IMAP on 127.0.0.1) that accepts every message, so the demo's duty officers really get mail
 * and anyone can read it with a mail client. Once it holds more than 2,000 messages it empties its mailboxes: they
 * live in the launcher's heap, which ./stack.sh keeps small (a drill sends thousands of alert e-mails).
 */
final class MailChoice implements AutoCloseable {

    private static final int KEEP_AT_MOST = 2_000;

    private final GreenMail server;
    private final ScheduledExecutorService purger;
    private final String description;
    private final Map<String, String> serviceEnvironment;

    private MailChoice(GreenMail server, ScheduledExecutorService purger, String description, Map<String, String> serviceEnvironment) {
        this.server = server;
        this.purger = purger;
        this.description = description;
        this.serviceEnvironment = serviceEnvironment;
    }

    static MailChoice choose() {
        String host = Environment.get("CYBERPLAN_SMTP_HOST", "");
        if (!host.isEmpty()) {
            return new MailChoice(null, null, "SMTP server " + host + " (CYBERPLAN_SMTP_HOST)", Map.of());
        }
        int smtp = Integer.parseInt(Environment.get("CYBERPLAN_DEMO_SMTP_PORT", "2525"));
        int imap = Integer.parseInt(Environment.get("CYBERPLAN_DEMO_IMAP_PORT", "3143"));
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP), new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        ScheduledExecutorService purger = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-mail-purger");
            thread.setDaemon(true);
            return thread;
        });
        // A drill of thousands of alerts would otherwise fill the launcher's memory with mail nobody reads.
        purger.scheduleWithFixedDelay(() -> {
            try {
                if (server.getReceivedMessages().length > KEEP_AT_MOST) {
                    server.purgeEmailFromAllMailboxes();
                }
            } catch (FolderException | RuntimeException e) {
                System.err.println("demo mail server: could not purge old mail: " + e);
            }
        }, 10, 10, TimeUnit.SECONDS);
        return new MailChoice(server, purger, "demo mail server, SMTP 127.0.0.1:" + smtp + ", IMAP 127.0.0.1:" + imap
                + " (log in with the address as user and password, e.g. duty.ee@cert.ee.example)",
                Map.of("CYBERPLAN_SMTP_HOST", "127.0.0.1", "CYBERPLAN_SMTP_PORT", String.valueOf(smtp),
                        "CYBERPLAN_SMTP_STARTTLS", "false", "CYBERPLAN_SMTP_FROM", "cyberplan@demo.cyberplan.example"));
    }

    String description() {
        return description;
    }

    /** What the services must be told to use this server (nothing when it came from the environment). */
    Map<String, String> serviceEnvironment() {
        return serviceEnvironment;
    }

    boolean embedded() {
        return server != null;
    }

    @Override
    public void close() {
        if (server != null) {
            purger.shutdownNow();
            server.stop();
        }
    }
}
