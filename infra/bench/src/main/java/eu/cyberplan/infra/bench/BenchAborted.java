package eu.cyberplan.infra.bench;

/** The benchmark cannot go on (stack not running, login refused, no partitions); the message tells the user why. */
final class BenchAborted extends RuntimeException {

    BenchAborted(String message) {
        super(message);
    }
}
