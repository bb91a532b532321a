package eu.cyberplan.infra.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resident memory of the stack's processes, read from /proc as {@code ps} would: sampled while a benchmark runs
 * to find each one's peak, beside the kernel's own high-water mark since the process started ({@code VmHWM}).
 */
final class ServiceMemory implements AutoCloseable {

    static final List<String> PROCESSES = List.of("contact-points", "incident-reporting", "escalation", "exercises", "kafka-broker");

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Long> peakKib = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    ServiceMemory() {
        findProcesses();
        sampler = new Thread(() -> {
            while (running) {
                pids.forEach((name, pid) -> status(pid, "VmRSS").ifPresent(kib -> peakKib.merge(name, kib, Math::max)));
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** One line per process: peak RSS while sampled, and the high-water mark since its start. */
    List<String> describe() {
        return pids.entrySet().stream().map(e -> String.format("%-19s peak RSS during the run %s, since its start (VmHWM) %s", e.getKey(),
                mib(peakKib.get(e.getKey())), mib(status(e.getValue(), "VmHWM").orElse(null)))).toList();
    }

    private void findProcesses() {
        for (long pid : ProcFs.allPids()) {
            String cmdline = ProcFs.commandLine(pid);
            for (String name : PROCESSES) {
                if (cmdline.contains("/" + name + ".jar") || cmdline.contains("cyberplan-" + name + ".jar")) {
                    pids.putIfAbsent(name, pid);
                }
            }
        }
    }

    private static Optional<Long> status(long pid, String key) {
        return ProcFs.statusKib(pid, key);
    }

    private static String mib(Long kib) {
        return kib == null ? "n/a" : String.format("%,d MiB", kib / 1024);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
