package eu.cyberplan.infra.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;

/** What every driver's {@code main} does: {@code --help}, quiet client logs, the flags checked, exit 2 for bad flags, 1 when aborted. */
final class DriverMain {

    /** A driver made from its checked flags. */
    interface Driver {
        void run() throws Exception;
    }

    interface Factory {
        Driver of(Flags flags);
    }

    private DriverMain() {
    }

    static void run(String[] args, String name, String usage, Set<String> known, Factory factory) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.println(usage);
            return;
        }
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
        try {
            factory.of(new Flags(args, known)).run();
        } catch (IllegalArgumentException e) {
            System.err.println(name + " benchmark: " + e.getMessage() + "\n" + usage);
            System.exit(2);
        } catch (BenchAborted e) {
            System.err.println(name + " benchmark aborted: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }
}
