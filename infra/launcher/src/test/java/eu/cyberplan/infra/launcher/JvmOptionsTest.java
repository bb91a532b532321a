package eu.cyberplan.infra.launcher;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JvmOptionsTest {

    @Test
    void shouldSplitOptionsOnAnyWhiteSpace() {
        assertEquals(List.of("-XX:+UseG1GC", "-Xmx1g", "-Dx=y"), JvmOptions.parse("  -XX:+UseG1GC \t-Xmx1g\n -Dx=y "));
    }

    @Test
    void shouldGiveNoOptionsForABlankSetting() {
        assertEquals(List.of(), JvmOptions.parse("   "));
    }

    @Test
    void shouldCapTheHeapOfEveryChildByDefault() {
        assertTrue(JvmOptions.parse(JvmOptions.SERVICE_DEFAULT).contains("-Xmx256m"), JvmOptions.SERVICE_DEFAULT);
        assertTrue(JvmOptions.parse(JvmOptions.BROKER_DEFAULT).stream().anyMatch(option -> option.startsWith("-Xmx")), JvmOptions.BROKER_DEFAULT);
    }
}
