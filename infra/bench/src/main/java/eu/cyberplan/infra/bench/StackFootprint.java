package eu.cyberplan.infra.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the stack holds and burns while nothing happens: the resident memory of each process and of all of them, and
 * the CPU each process (and each of its busiest threads, by the names the JVM gave them) uses over a quiet window, as
 * a share of the whole machine.
 */
final class StackFootprint {

    private final StackProcesses stack;
    private final PrintStream out;

    StackFootprint(StackProcesses stack, PrintStream out) {
        this.stack = stack;
        this.out = out;
    }

    /** RSS per process and in total; returns the total in KiB. */
    long printMemory(String label) {
        out.println("resident memory, " + label + ":");
        long total = 0;
        for (StackProcesses.Named process : stack.processes()) {
            long rss = ProcFs.statusKib(process.pid(), "VmRSS").orElse(0L);
            total += rss;
            out.printf("  %-19s RSS %,6d MiB   (pid %d, high-water mark %,d MiB)%n", process.name(), rss / 1024, process.pid(),
                    ProcFs.statusKib(process.pid(), "VmHWM").orElse(0L) / 1024);
        }
        long backends = stack.databaseBackends().stream().mapToLong(pid -> ProcFs.statusKib(pid, "VmRSS").orElse(0L)).sum();
        out.printf("  TOTAL RSS (services + broker + launcher) %,d MiB = %.2f GiB   [%d processes]%n", total / 1024,
                total / 1024.0 / 1024.0, stack.processes().size());
        out.printf("  (beside it: %d PostgreSQL backends of the stack's database, RSS %,d MiB, mostly shared buffers)%n",
                stack.databaseBackends().size(), backends / 1024);
        return total;
    }

    /** CPU over a window with no traffic, as a share of the machine (all cores); returns the stack's share in %. */
    double printIdleCpu(Duration window, int topThreads) throws InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        Map<Long, Long> processBefore = new HashMap<>();
        Map<String, Long> threadBefore = new HashMap<>();
        stack.processes().forEach(p -> processBefore.put(p.pid(), ProcFs.cpuTicks(p.pid())));
        stack.processes().forEach(p -> threadTicks(p, threadBefore));
        long backendsBefore = stack.databaseBackends().stream().mapToLong(ProcFs::cpuTicks).sum();
        long machineBusyBefore = ProcFs.machineBusyTicks();
        long machineBefore = ProcFs.machineTicks();
        Thread.sleep(window.toMillis());
        long machineTicks = ProcFs.machineTicks() - machineBefore;
        long machineBusy = ProcFs.machineBusyTicks() - machineBusyBefore;
        double capacity = window.toMillis() / 1000.0 * ProcFs.TICKS_PER_SECOND * cores;

        out.printf("CPU with no traffic over %d s (share of the machine: %d cores = 100 %%):%n", window.toSeconds(), cores);
        long stackTicks = 0;
        for (StackProcesses.Named process : stack.processes()) {
            long used = ProcFs.cpuTicks(process.pid()) - processBefore.getOrDefault(process.pid(), 0L);
            stackTicks += used;
            out.printf("  %-19s %5.2f %%%n", process.name(), 100.0 * used / capacity);
        }
        long backends = stack.databaseBackends().stream().mapToLong(ProcFs::cpuTicks).sum() - backendsBefore;
        double stackShare = 100.0 * stackTicks / capacity;
        out.printf("  IDLE CPU of the stack (services + broker + launcher) %.2f %% of the machine%n", stackShare);
        out.printf("  PostgreSQL backends of the stack's database %.2f %%; the whole machine busy %.2f %%%n",
                100.0 * backends / capacity, machineTicks == 0 ? 0 : 100.0 * machineBusy / machineTicks);

        Map<String, Long> threadAfter = new HashMap<>();
        stack.processes().forEach(p -> threadTicks(p, threadAfter));
        // Threads of one pool share a name but for their numbers: summed as one line ("kafka/data-plane-kafk#" ×3).
        Map<String, long[]> groups = new HashMap<>();
        threadAfter.forEach((thread, ticks) -> {
            long used = ticks - threadBefore.getOrDefault(thread, 0L);
            long[] group = groups.computeIfAbsent(thread.replaceFirst("#\\d+$", "").replaceAll("\\d+", "#"), k -> new long[2]);
            group[0] += used;
            group[1]++;
        });
        out.println("  busiest threads (process/thread name, digits as #; threads; % of the machine):");
        groups.entrySet().stream()
                .filter(e -> e.getValue()[0] > 0)
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0]).reversed())
                .limit(topThreads)
                .forEach(e -> out.printf("    %-44s %3d  %5.2f %%%n", e.getKey(), e.getValue()[1], 100.0 * e.getValue()[0] / capacity));
        return stackShare;
    }

    /** Ticks per thread, keyed "process/thread-name#tid" (names repeat: a pool's threads share one). */
    private static void threadTicks(StackProcesses.Named process, Map<String, Long> into) {
        List<Long> threads = ProcFs.threads(process.pid());
        for (long tid : threads) {
            long ticks = ProcFs.cpuTicks(java.nio.file.Path.of("/proc", Long.toString(process.pid()), "task", Long.toString(tid), "stat"));
            into.put(process.name() + "/" + ProcFs.threadName(process.pid(), tid) + "#" + tid, ticks);
        }
    }
}
