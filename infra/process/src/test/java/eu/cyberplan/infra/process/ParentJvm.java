package eu.cyberplan.infra.process;

import java.io.File;
import java.util.List;

/** A parent for {@link ChildProcessesTest}: starts a long sleep as its child, prints the child's pid, then waits or exits. */
public final class ParentJvm {

    private ParentJvm() {
    }

    public static void main(String[] args) throws Exception {
        Process child = ChildProcesses.start(new ProcessBuilder(List.of("sleep", "300"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))), true);
        System.out.println("child " + child.pid());
        System.out.flush();
        if (args.length > 0 && args[0].equals("exit")) {
            // Leaves without stopping the child: the shutdown hook must.
            System.exit(0);
        }
        Thread.currentThread().join();
    }
}
