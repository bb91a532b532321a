package eu.cyberplan.incidentreporting.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static eu.cyberplan.incidentreporting.exchange.ExchangeSamples.incident;
import static eu.cyberplan.incidentreporting.exchange.ExchangeSamples.reports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The exports pass the project's independent validators ({@code ../shared/tools}, Python jsonschema), and the import
 * agrees with them on the shared samples. The validators install Debian's python3-jsonschema themselves when it is
 * missing (as CI's root can); skipped, saying why, only in a clone without {@code ../shared/tools} or where that
 * install is impossible.
 */
class StixMispToolsTest {

    private static final Path TOOLS = Path.of("").toAbsolutePath().resolve("../../../shared/tools").normalize();

    @BeforeAll
    static void toolsAreHere() throws Exception {
        assumeTrue(Files.isDirectory(TOOLS), "no ../shared/tools beside this clone");
    }

    @Test
    void shouldPassValidateStix(@TempDir Path dir) throws Exception {
        Path bundle = Files.writeString(dir.resolve("bundle.json"), new StixExport().json(incident(), reports(), true));

        assertThat(run("validate-stix.sh", bundle)).startsWith("STIX OK: 11 objects");
    }

    @Test
    void shouldPassValidateMisp(@TempDir Path dir) throws Exception {
        Path event = Files.writeString(dir.resolve("event.json"), new MispExport().json(incident()));

        assertThat(run("validate-misp.sh", event)).startsWith("MISP OK: 3 attributes");
    }

    @Test
    void shouldImportTheValidSample() throws IOException {
        byte[] sample = Files.readAllBytes(TOOLS.resolve("samples/stix-valid.json"));

        assertThat(StixImportTest.IMPORT.read(sample).title()).isNotBlank();
    }

    /** validate-stix.sh finds these seven faults in the broken sample; so must the import. */
    @Test
    void shouldFindInTheBrokenSampleWhatValidateStixFinds() throws IOException {
        byte[] sample = Files.readAllBytes(TOOLS.resolve("samples/stix-broken.json"));

        ProblemException refusal = catchThrowableOfType(() -> StixImportTest.IMPORT.read(sample), ProblemException.class);

        assertThat(refusal.errors()).extracting(FieldError::field).contains("id", "objects[1]", "objects[2].name", "objects[3].pattern_type",
                "objects[3].created", "objects[4].sighting_of_ref", "objects[5].modified");
    }

    private static String run(String script, Path file) throws Exception {
        Process process = new ProcessBuilder(TOOLS.resolve(script).toString(), file.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(script + " finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(!output.contains("could not install python3-jsonschema"),
                "the validators' python3-jsonschema cannot be installed on this machine: " + output.strip());
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(l -> l.startsWith("STIX ") || l.startsWith("MISP ")).findFirst().orElse(output);
    }
}
