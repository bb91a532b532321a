package eu.cyberplan.infra.launcher;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The JVM options of the stack's children, chosen for a node on one small machine (measured with
 * {@code infra/bench/run-startup-bench.sh}; README "Benchmarks"): the serial collector (G1's remembered sets, marking
 * bitmaps and eager heap growth cost each JVM tens of MiB and idle CPU, for pause times a node of this size never
 * needs), a heap that starts small, grows to its cap under load and is handed back after it, and smaller thread
 * stacks. Each list can be replaced whole from the environment, e.g. to give a large node G1 and bigger heaps.
 */
final class JvmOptions {

    /** A service: 256 MiB of heap at most, as before; it starts at 32 MiB and gives back what a burst took. */
    static final String SERVICE_DEFAULT = "-XX:+UseSerialGC -Xms32m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
            + " -Xss512k -XX:+ExitOnOutOfMemoryError";
    /** The broker keeps its data in the page cache, not on the heap: a small heap serves the demo's load. */
    static final String BROKER_DEFAULT = "-XX:+UseSerialGC -Xms32m -Xmx192m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
            + " -Xss512k -XX:+ExitOnOutOfMemoryError";

    /**
     * The environment of every child: glibc gives each thread that allocates natively (the JIT compilers, the Kafka
     * and Netty threads) an arena of its own, up to 8 per core, and keeps their memory; two arenas are plenty here.
     */
    static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private JvmOptions() {
    }

    /** {@code CYBERPLAN_SERVICE_JAVA_OPTS}, else {@link #SERVICE_DEFAULT}. */
    static List<String> service() {
        return parse(Environment.get("CYBERPLAN_SERVICE_JAVA_OPTS", SERVICE_DEFAULT));
    }

    /** {@code CYBERPLAN_KAFKA_JAVA_OPTS}, else {@link #BROKER_DEFAULT}. */
    static List<String> broker() {
        return parse(Environment.get("CYBERPLAN_KAFKA_JAVA_OPTS", BROKER_DEFAULT));
    }

    /** Options separated by white space (no quoting: no option of ours needs a space). */
    static List<String> parse(String options) {
        return Arrays.stream(options.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
    }
}
