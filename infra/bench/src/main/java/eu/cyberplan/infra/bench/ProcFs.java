package eu.cyberplan.infra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the kernel says about a process, read from /proc as {@code ps} and {@code top} would (Linux only). */
final class ProcFs {

    /** Clock ticks per second of the CPU times in /proc (USER_HZ, 100 on every Linux of note). */
    static final int TICKS_PER_SECOND = 100;

    private ProcFs() {
    }

    /** A value of /proc/&lt;pid&gt;/status in KiB, e.g. {@code VmRSS}, {@code VmHWM}; empty when the process is gone. */
    static Optional<Long> statusKib(long pid, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(key + ":")) {
                    return Optional.of(Long.parseLong(line.substring(key.length() + 1).trim().split("\\s+")[0]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return Optional.empty();
    }

    /** The command line with its NULs as spaces, or "" when the process is gone or not ours to read. */
    static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8).replace('\0', ' ').trim();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Every process id on the machine. */
    static List<Long> allPids() {
        try (var proc = Files.list(Path.of("/proc"))) {
            return proc.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit)).map(Long::parseLong).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** User + system CPU ticks a process (or, with its task directory, a thread) has used since it started. */
    static long cpuTicks(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static long cpuTicks(long pid) {
        return cpuTicks(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** The name of a thread ({@code comm}), as the JVM set it (cut to 15 characters by the kernel). */
    static String threadName(long pid, long tid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "task", Long.toString(tid), "comm")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    /** The threads of a process. */
    static List<Long> threads(long pid) {
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.map(p -> Long.parseLong(p.getFileName().toString())).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Ticks the whole machine has spent in every state, idle included (first line of /proc/stat). */
    static long machineTicks() {
        return machineCpuLine().stream().mapToLong(Long::longValue).sum();
    }

    /** Ticks the whole machine has spent busy (every state but idle and iowait). */
    static long machineBusyTicks() {
        List<Long> fields = machineCpuLine();
        return fields.isEmpty() ? 0 : fields.stream().mapToLong(Long::longValue).sum() - fields.get(3) - fields.get(4);
    }

    private static List<Long> machineCpuLine() {
        try (var lines = Files.lines(Path.of("/proc/stat"))) {
            String cpu = lines.filter(l -> l.startsWith("cpu ")).findFirst().orElse("");
            List<Long> fields = new ArrayList<>();
            for (String field : cpu.substring(3).trim().split("\\s+")) {
                fields.add(Long.parseLong(field));
            }
            // guest time is counted in user already
            return fields.size() > 8 ? fields.subList(0, 8) : fields;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
