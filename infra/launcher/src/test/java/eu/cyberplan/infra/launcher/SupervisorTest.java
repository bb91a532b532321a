package eu.cyberplan.infra.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The supervisor with real child JVMs: restarts after SIGKILL, gives up on a crash loop, honours a hold file. */
class SupervisorTest {

    private static final RestartPolicy QUICK = new RestartPolicy(2, Duration.ofMinutes(1), Duration.ofMillis(100), Duration.ofMillis(200));

    @TempDir
    Path dir;
    private final List<SupervisedChild> children = new ArrayList<>();
    private Supervisor supervisor;

    @AfterEach
    void stopEverything() {
        if (supervisor != null) {
            supervisor.close();
        }
        children.forEach(child -> child.stop(5));
    }

    @Test
    void shouldRestartAChildKilledWithSigkillWhileTheOtherKeepsRunning() {
        supervisor = new Supervisor(QUICK, dir.resolve("hold"), Clock.systemUTC());
        SupervisedChild victim = supervised("escalation", "serve");
        SupervisedChild bystander = supervised("contact-points", "serve");
        long victimPid = victim.current().process().pid();
        long bystanderPid = bystander.current().process().pid();

        victim.current().process().destroyForcibly();

        await().atMost(Duration.ofSeconds(15)).until(() -> victim.current().process().pid() != victimPid && victim.isAlive());
        assertEquals(1, victim.restarts().size());
        assertFalse(victim.givenUp());
        assertTrue(bystander.isAlive());
        assertEquals(bystanderPid, bystander.current().process().pid(), "the other child was not touched");
    }

    @Test
    void shouldGiveUpOnACrashLoopingChildAndKeepTheOthers() {
        supervisor = new Supervisor(QUICK, dir.resolve("hold"), Clock.systemUTC());
        SupervisedChild looping = supervised("exercises", "crash");
        SupervisedChild bystander = supervised("incident-reporting", "serve");

        await().atMost(Duration.ofSeconds(30)).until(looping::givenUp);
        assertEquals(QUICK.maxRestarts(), looping.restarts().size(), "restarted as often as the policy allows, then no more");
        assertFalse(looping.isAlive());
        assertTrue(bystander.isAlive());
        assertFalse(bystander.givenUp());
    }

    @Test
    void shouldHoldTheRestartWhileTheHoldFileExists() throws Exception {
        Path holdDir = Files.createDirectories(dir.resolve("hold"));
        supervisor = new Supervisor(QUICK, holdDir, Clock.systemUTC());
        SupervisedChild broker = supervised("kafka", "serve");
        Files.createFile(holdDir.resolve("kafka"));

        broker.current().process().destroyForcibly();

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> !broker.isAlive() && broker.restarts().isEmpty());
        Files.delete(holdDir.resolve("kafka"));
        await().atMost(Duration.ofSeconds(15)).until(broker::isAlive);
        assertEquals(1, broker.restarts().size());
    }

    @Test
    void shouldNotRestartAnythingOnceClosed() {
        supervisor = new Supervisor(QUICK, dir.resolve("hold"), Clock.systemUTC());
        SupervisedChild child = supervised("console", "serve");
        long pid = child.current().process().pid();

        supervisor.close();
        child.stop(5);

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> !child.isAlive());
        assertEquals(pid, child.current().process().pid());
        assertTrue(child.restarts().isEmpty());
    }

    private SupervisedChild supervised(String name, String behaviour) {
        ChildSpec spec = new ChildSpec(name, List.of("-Xmx32m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ChildMain.class.getName(), behaviour), Map.of(), dir.resolve(name + ".log"));
        SupervisedChild child = SupervisedChild.start(spec, () -> true);
        children.add(child);
        supervisor.supervise(child);
        return child;
    }
}
