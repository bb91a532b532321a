package eu.cyberplan.platform.security.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The private keys of one use, one JWK per file {@code <use>-<activation epoch second>.json} in a directory mounted
 * from a secret store (or the demo's state directory). Every instance of a service reads the same directory, so they
 * all sign with keys every validator finds in any instance's JWKS; a file named after its activation second means two
 * demo instances rotating at once write the same name, and only the first one's key is kept.
 */
public final class KeyFiles {

    private final Path directory;
    private final String use;

    public KeyFiles(Path directory, String use) {
        this.directory = directory;
        this.use = use;
    }

    public KeyRing load() {
        if (!Files.isDirectory(directory)) {
            return new KeyRing(List.of());
        }
        List<JWK> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\Q" + use + "\\E-\\d+\\.json")).toList()) {
                keys.add(JWK.parse(Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the keys in " + directory, e);
        } catch (ParseException e) {
            throw new IllegalStateException("a key file in " + directory + " is not a JWK", e);
        }
        return new KeyRing(keys);
    }

    /** Makes a new key that signs from {@code activeFrom}; a key another instance made for that instant wins. */
    public void generate(Instant activeFrom) {
        Path target = directory.resolve(use + "-" + activeFrom.getEpochSecond() + ".json");
        try {
            Files.createDirectories(directory);
            Path draft = Files.createTempFile(directory, ".draft-", ".tmp");
            try {
                Files.writeString(draft, newKey(activeFrom).toJSONString());
                restrict(draft);
                Files.createLink(target, draft); // fails, atomically, when the name is taken
            } catch (FileAlreadyExistsException taken) {
                // another instance rotated at the same instant: its key is the one everybody uses
            } finally {
                Files.deleteIfExists(draft);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a new key in " + directory, e);
        }
    }

    static RSAKey newKey(Instant activeFrom) {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).issueTime(Date.from(activeFrom)).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system; the demo's keys are no secret worth more
        }
    }
}
