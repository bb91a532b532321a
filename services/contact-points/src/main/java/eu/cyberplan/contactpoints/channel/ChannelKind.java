package eu.cyberplan.contactpoints.channel;

/** How a channel reaches people: an HMAC-signed webhook or an e-mail over SMTP. */
public enum ChannelKind {
    WEBHOOK,
    EMAIL
}
