package eu.cyberplan.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checkout of CyberPlan the launcher runs from: the directory whose pom.xml is the reactor {@code cyberplan}. */
final class RepositoryRoot {

    private static final Pattern PARENT = Pattern.compile("<parent>.*?</parent>", Pattern.DOTALL);
    private static final Pattern ARTIFACT_ID = Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>");

    private RepositoryRoot() {
    }

    /** Looks upwards from the working directory, then from the launcher jar, so the jar runs from anywhere. */
    static Path find() {
        return above(Path.of("").toAbsolutePath())
                .or(() -> jarLocation().flatMap(RepositoryRoot::above))
                .orElseThrow(() -> new LaunchFailure(
                        "cannot find the CyberPlan checkout: run from inside it (a pom.xml with artifactId cyberplan and a services/ dir)"));
    }

    static Optional<Path> above(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    static boolean isRoot(Path dir) {
        Path pom = dir.resolve("pom.xml");
        if (!Files.isRegularFile(pom) || !Files.isDirectory(dir.resolve("services"))) {
            return false;
        }
        try {
            // A module's pom names the reactor in <parent>: only the artifactId outside it is the pom's own.
            String own = PARENT.matcher(Files.readString(pom)).replaceFirst("");
            Matcher artifactId = ARTIFACT_ID.matcher(own);
            return artifactId.find() && artifactId.group(1).equals("cyberplan");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> jarLocation() {
        try {
            return Optional.of(Path.of(RepositoryRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
