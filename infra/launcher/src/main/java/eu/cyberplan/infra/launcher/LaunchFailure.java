package eu.cyberplan.infra.launcher;

/** A step of the launch that cannot go on; its message is what the user reads, so it says what to do. */
final class LaunchFailure extends RuntimeException {

    LaunchFailure(String message) {
        super(message);
    }

    LaunchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
