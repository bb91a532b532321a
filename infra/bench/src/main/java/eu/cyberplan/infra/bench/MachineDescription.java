package eu.cyberplan.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The machine the figures were taken on, so a reader can weigh them: cores, CPU, memory, Java, OS. */
record MachineDescription(int cores, String cpuModel, String totalMemory, String java, String os) {

    static MachineDescription ofThisMachine() {
        return new MachineDescription(
                Runtime.getRuntime().availableProcessors(),
                firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown"),
                firstValue(Path.of("/proc/meminfo"), "MemTotal").map(MachineDescription::gibibytes).orElse("unknown"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                osName());
    }

    List<String> lines() {
        return List.of(
                "cores (nproc)  " + cores,
                "cpu            " + cpuModel,
                "memory         " + totalMemory,
                "java           " + java,
                "os             " + os);
    }

    private static String osName() {
        String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        return firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", '=')
                .map(name -> name.replace("\"", "") + " (" + kernel + ")")
                .orElse(kernel);
    }

    private static String gibibytes(String memTotal) {
        try {
            long kib = Long.parseLong(memTotal.replace("kB", "").trim());
            return String.format("%.1f GiB", kib / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return memTotal;
        }
    }

    private static Optional<String> firstValue(Path file, String key) {
        return firstValue(file, key, ':');
    }

    private static Optional<String> firstValue(Path file, String key, char separator) {
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(separator) + 1).trim())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
