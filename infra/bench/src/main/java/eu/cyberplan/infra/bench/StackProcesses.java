package eu.cyberplan.infra.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every process of the stack: the launcher ({@code ./stack.sh} becomes it) and its descendants (the broker, each
 * service JVM), named from their command lines; and the PostgreSQL backends serving the stack's database, since what a
 * poller costs is paid there too.
 */
record StackProcesses(List<Named> processes, List<Long> databaseBackends) {

    /** One process of the stack with the name a reader knows it by. */
    record Named(String name, long pid) {
    }

    private static final Pattern SERVICE_JAR = Pattern.compile("/services/([a-z-]+)/target/\\1\\.jar");

    static StackProcesses of(long launcherPid, String database) {
        ProcessHandle launcher = ProcessHandle.of(launcherPid)
                .orElseThrow(() -> new BenchAborted("no launcher with pid " + launcherPid + ": is the stack running?"));
        List<Named> processes = new ArrayList<>();
        processes.add(new Named("launcher", launcher.pid()));
        launcher.descendants().filter(ProcessHandle::isAlive)
                .forEach(child -> processes.add(new Named(nameOf(ProcFs.commandLine(child.pid())), child.pid())));
        List<Long> backends = ProcFs.allPids().stream()
                .filter(pid -> isBackendOf(ProcFs.commandLine(pid), database))
                .toList();
        return new StackProcesses(List.copyOf(processes), backends);
    }

    /** {@code kafka}, a service's module name, or the program's file name for anything else. */
    static String nameOf(String commandLine) {
        if (commandLine.contains("LocalKafkaBroker")) {
            return "kafka";
        }
        Matcher service = SERVICE_JAR.matcher(commandLine);
        if (service.find()) {
            return service.group(1);
        }
        String program = commandLine.isBlank() ? "?" : commandLine.split(" ")[0];
        return program.substring(program.lastIndexOf('/') + 1);
    }

    /** A backend's title is {@code postgres: [<cluster name>:] <user> <database> <client> <state>} (Debian names its clusters). */
    static boolean isBackendOf(String commandLine, String database) {
        String[] words = commandLine.split("\\s+");
        int user = words.length > 1 && words[1].endsWith(":") ? 2 : 1;
        return words.length > user + 1 && words[0].equals("postgres:") && words[user + 1].equals(database);
    }
}
