package eu.cyberplan.infra.process;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChildCommandTest {

    private static final List<String> JAVA = List.of("java", "-jar", "svc.jar");

    static Stream<Arguments> machines() {
        return Stream.of(
                Arguments.of("both tools, own session", Set.of(ChildCommand.SETSID, ChildCommand.SETPRIV), true,
                        List.of("/usr/bin/setsid", "/usr/bin/setpriv", "--pdeathsig", "TERM", "--", "java", "-jar", "svc.jar")),
                Arguments.of("both tools, parent's session", Set.of(ChildCommand.SETSID, ChildCommand.SETPRIV), false,
                        List.of("/usr/bin/setpriv", "--pdeathsig", "TERM", "--", "java", "-jar", "svc.jar")),
                Arguments.of("no setpriv: session only", Set.of(ChildCommand.SETSID), true,
                        List.of("/usr/bin/setsid", "java", "-jar", "svc.jar")),
                Arguments.of("no setsid: parent-death signal only", Set.of(ChildCommand.SETPRIV), true,
                        List.of("/usr/bin/setpriv", "--pdeathsig", "TERM", "--", "java", "-jar", "svc.jar")),
                Arguments.of("neither tool: the command as given", Set.of(), true, JAVA));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("machines")
    void shouldWrapTheCommandWithTheToolsTheMachineHas(String machine, Set<Path> tools, boolean ownSession, List<String> expected) {
        assertEquals(expected, ChildCommand.wrap(JAVA, ownSession, tools::contains));
    }
}
