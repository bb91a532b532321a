package eu.cyberplan.events.v1;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference files are copied unchanged from {@code ../shared/reference}, never retyped. */
class ReferenceFilesTest {

    private static final List<String> COPIED = List.of(
            "misp-taxonomies/rsit/machinetag.json", "misp-taxonomies/tlp/machinetag.json", "misp-taxonomies/PAP/machinetag.json",
            "misp-taxonomies/nis2/machinetag.json", "misp-taxonomies/LICENSE.md",
            "stix2.1/LICENSE", "stix2.1/schemas/common/bundle.json", "stix2.1/schemas/common/core.json", "stix2.1/schemas/sdos/incident.json",
            "stix2.1/tlp-2.0/extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d.json", "stix2.1/tlp-2.0/LICENSE.md",
            "misp-core/schema-core-format-draft20.json", "misp-core/LICENSE");

    /** Folders copied whole (every file in them), unlike the taxonomies, of which only those the plan uses are copied. */
    private static final List<String> COPIED_WHOLE = List.of("stix2.1", "misp-core");

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
        for (String folder : COPIED_WHOLE) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(shared.resolve(folder))) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            assertTrue(files.size() > 1, folder + " is empty in " + shared);
            for (Path path : files) {
                String file = shared.relativize(path).toString().replace('\\', '/');
                try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference/" + file)) {
                    assertNotNull(in, file + " is not copied from " + shared);
                    assertArrayEquals(Files.readAllBytes(path), in.readAllBytes(), file + " differs from " + path);
                }
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
