package eu.cyberplan.contactpoints.account;

import jakarta.inject.Singleton;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The password policy with the common passwords shipped in {@code passwords/common-passwords.txt} (see the README
 * beside it for source and licence). Only entries the length rule lets through are kept in memory.
 */
@Singleton
public class CommonPasswords {

    private static final String RESOURCE = "/passwords/common-passwords.txt";

    private final PasswordPolicy policy;

    public CommonPasswords() {
        this.policy = new PasswordPolicy(load());
    }

    public PasswordPolicy policy() {
        return policy;
    }

    static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(line -> line.trim().toLowerCase(Locale.ROOT))
                    .filter(line -> line.codePointCount(0, line.length()) >= PasswordPolicy.MIN_LENGTH)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
