package eu.cyberplan.infra.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A child's command line, wrapped so that the child dies with its parent even when the parent is killed with
 * SIGKILL and runs no shutdown hook: util-linux's {@code setpriv --pdeathsig TERM} asks the kernel to send the child
 * SIGTERM (a JVM then runs its own shutdown hooks) when the thread that started it ends. Without setpriv (not Linux)
 * only the parent's shutdown hook is left, which a SIGKILL skips.
 */
public final class ChildCommand {

    static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    static final Path SETSID = Path.of("/usr/bin/setsid");

    private ChildCommand() {
    }

    /** The command wrapped with the tools this machine has. */
    public static List<String> wrap(List<String> command, boolean ownSession) {
        return wrap(command, ownSession, Files::isExecutable);
    }

    /**
     * {@code ownSession}: the child gets a session of its own, so a Ctrl-C in the terminal (which signals the whole
     * foreground process group) reaches only the parent, which then stops its children in order.
     */
    static List<String> wrap(List<String> command, boolean ownSession, Predicate<Path> executable) {
        List<String> wrapped = new ArrayList<>();
        if (ownSession && executable.test(SETSID)) {
            wrapped.add(SETSID.toString());
        }
        if (executable.test(SETPRIV)) {
            wrapped.addAll(List.of(SETPRIV.toString(), "--pdeathsig", "TERM", "--"));
        }
        wrapped.addAll(command);
        return List.copyOf(wrapped);
    }

    /** Whether children outlive a SIGKILL of their parent here (no setpriv, so no parent-death signal). */
    public static boolean survivesParentKill() {
        return !Files.isExecutable(SETPRIV);
    }
}
