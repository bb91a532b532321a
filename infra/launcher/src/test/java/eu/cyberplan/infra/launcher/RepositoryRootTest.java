package eu.cyberplan.infra.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepositoryRootTest {

    @TempDir
    Path checkout;

    @Test
    void shouldFindTheReactorFromADirectoryDeepInside() throws IOException {
        reactor(checkout);
        Path launcherTarget = Files.createDirectories(checkout.resolve("infra/launcher/target"));
        module(checkout.resolve("infra"));

        assertEquals(checkout, RepositoryRoot.above(launcherTarget).orElseThrow());
    }

    @Test
    void shouldNotTakeAModuleWhoseParentIsTheReactorForTheReactor() throws IOException {
        Path services = Files.createDirectories(checkout.resolve("services"));
        module(services);
        Files.createDirectories(services.resolve("services"));

        assertFalse(RepositoryRoot.isRoot(services));
    }

    @Test
    void shouldRequireAServicesDirectory() throws IOException {
        reactor(checkout);
        Files.delete(checkout.resolve("services"));

        assertFalse(RepositoryRoot.isRoot(checkout));
    }

    @Test
    void shouldRecogniseThisCheckout() {
        assertTrue(RepositoryRoot.above(Path.of("").toAbsolutePath()).isPresent());
    }

    private static void reactor(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("services"));
        Files.writeString(dir.resolve("pom.xml"), "<project><groupId>eu.cyberplan</groupId><artifactId>cyberplan</artifactId></project>");
    }

    private static void module(Path dir) throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<project><parent><groupId>eu.cyberplan</groupId><artifactId>cyberplan</artifactId>"
                + "</parent><artifactId>cyberplan-module</artifactId></project>");
    }
}
