package eu.cyberplan.contactpoints.channel;

import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;

/**
 * Sends a notification as a plain-text e-mail over SMTP ({@code cyberplan.smtp.*}). Without an SMTP server configured
 * every e-mail fails with a reason that says so, and is retried and then FAILED like any other failure: never dropped.
 */
@Singleton
class MailDelivery {

    static final String NOT_CONFIGURED = "no SMTP server configured (set CYBERPLAN_SMTP_HOST)";
    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

    /*
     * Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader scan of the jar on every encoded word and
     * every body it writes: profiled under load, that scan was 60 % of the notification sender's CPU. Naming the
     * provider (the one angus-mail registers anyway) turns each lookup into a constructor call.
     */
    static {
        if (System.getProperty(StreamProvider.class.getName()) == null) {
            System.setProperty(StreamProvider.class.getName(), MailStreamProvider.class.getName());
        }
    }

    private final Session session;
    private final ThreadLocal<Transport> connections = new ThreadLocal<>();
    private final String from;
    private final String username;
    private final String password;
    private final Clock clock;

    MailDelivery(SmtpSettings settings, Clock clock) {
        String host = settings.host();
        int port = settings.port();
        boolean starttls = settings.starttls();
        Duration timeout = settings.timeout();
        this.from = settings.from();
        this.username = settings.username() == null ? "" : settings.username();
        this.password = settings.password() == null ? "" : settings.password();
        this.clock = clock;
        if (host == null || host.isBlank()) {
            LOG.warn("No SMTP server configured (CYBERPLAN_SMTP_HOST): e-mail notifications will fail and show as such");
            this.session = null;
            return;
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(timeout.toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(timeout.toMillis()));
        properties.put("mail.smtp.writetimeout", String.valueOf(timeout.toMillis()));
        properties.put("mail.smtp.auth", String.valueOf(!username.isBlank()));
        // STARTTLS required, not merely attempted: a downgrade must fail rather than send the alert in clear.
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        this.session = Session.getInstance(properties);
    }

    void deliver(Delivery delivery) throws DeliveryFailure {
        if (session == null) {
            throw new DeliveryFailure(NOT_CONFIGURED);
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(delivery.target()));
            message.setSubject(delivery.subject(), "UTF-8");
            message.setText(delivery.body(), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            message.setHeader("X-CyberPlan-Delivery", delivery.id().toString());
            if (delivery.contentLanguage() != null) {
                message.setHeader("Content-Language", delivery.contentLanguage());
            }
            message.saveChanges();
            send(message);
        } catch (MessagingException e) {
            throw new DeliveryFailure("SMTP: " + e.getMessage());
        }
    }

    /**
     * Sends over this sender thread's SMTP connection, opened once and kept: a drill's thousands of mails would
     * otherwise each pay a new connection and greeting. A connection the server dropped is replaced once, at once.
     */
    private void send(MimeMessage message) throws MessagingException {
        Transport transport = connections.get();
        boolean reused = transport != null && transport.isConnected();
        if (!reused) {
            transport = connect();
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            close(transport);
            if (!reused) {
                throw e;
            }
            connect().sendMessage(message, message.getAllRecipients());
        }
    }

    private Transport connect() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        if (username.isBlank()) {
            transport.connect();
        } else {
            transport.connect(username, password);
        }
        connections.set(transport);
        return transport;
    }

    private void close(Transport transport) {
        connections.remove();
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("Closing an SMTP connection that failed: {}", e.toString());
        }
    }
}
