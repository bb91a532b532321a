package eu.cyberplan.events.v1;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The reference files are copied unchanged from {@code ../shared/reference}, never retyped. */
class ReferenceFilesTest {

    private static final List<String> COPIED = List.of(
            "misp-taxonomies/rsit/machinetag.json", "misp-taxonomies/tlp/machinetag.json", "misp-taxonomies/PAP/machinetag.json",
            "misp-taxonomies/nis2/machinetag.json", "misp-taxonomies/LICENSE.md");

    @Test
    void shouldShipEveryReferenceFileItNeedsAtRunTime() throws IOException {
        for (String file : COPIED) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference/" + file)) {
                assertNotNull(in, file + " is missing from the classpath");
            }
        }
    }

    @Test
    void shouldBeByteIdenticalToTheSharedReference() throws IOException {
        Path shared = Path.of("").toAbsolutePath().resolve("../../../shared/reference").normalize();
        Assumptions.assumeTrue(Files.isDirectory(shared), "no ../shared/reference beside this clone: nothing to compare with");
        for (String file : COPIED) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference/" + file)) {
                assertArrayEquals(Files.readAllBytes(shared.resolve(file)), in.readAllBytes(), file + " differs from " + shared.resolve(file));
            }
        }
    }

    @Test
    void shouldNameEveryTopicWithItsExerciseTwin() {
        List<String> names = Topics.allQualified("cyberplan");
        org.junit.jupiter.api.Assertions.assertEquals(14, names.size());
        org.junit.jupiter.api.Assertions.assertTrue(names.contains("cyberplan.incidents.v1"));
        org.junit.jupiter.api.Assertions.assertTrue(names.contains("cyberplan.incidents.v1.exercise"));
    }
}
