package eu.cyberplan.contactpoints.channel;

/** A channel did not take a notification; the message becomes the row's {@code last_error}, so it says what to fix. */
class DeliveryFailure extends Exception {

    DeliveryFailure(String message) {
        super(message);
    }
}
