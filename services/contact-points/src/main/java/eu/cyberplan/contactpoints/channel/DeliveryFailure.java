package eu.cyberplan.contactpoints.channel;

/**
 * A channel did not take a notification; the message becomes the row's {@code last_error}, so it says what to fix. A
 * permanent failure (a destination this node refuses to post to) is not retried: no later attempt can go differently
 * until someone changes the channel.
 */
class DeliveryFailure extends Exception {

    private final boolean permanent;

    DeliveryFailure(String message) {
        this(message, false);
    }

    private DeliveryFailure(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    static DeliveryFailure permanent(String message) {
        return new DeliveryFailure(message, true);
    }

    boolean permanent() {
        return permanent;
    }
}
