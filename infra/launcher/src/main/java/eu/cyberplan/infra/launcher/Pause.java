package eu.cyberplan.infra.launcher;

/** The wait between two polls of a starting process: short, since each poll is cheap and users are waiting. */
final class Pause {

    private Pause() {
    }

    static void briefly() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while waiting", e);
        }
    }
}
