package eu.cyberplan.infra.launcher;

/** A stand-in for a service in {@link SupervisorTest}: {@code serve} runs until stopped, {@code crash} exits with 3 at once. */
public final class ChildMain {

    private ChildMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("crash")) {
            System.exit(3);
        }
        Thread.currentThread().join();
    }
}
