package eu.cyberplan.platform.input;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Which characters free text may hold: NUL (PostgreSQL refuses it) and every other control refused; line breaks only where text is multi-line. */
class TextRuleTest {

    static Stream<org.junit.jupiter.params.provider.Arguments> texts() {
        return Stream.of(
                // text, accepted as multi-line, accepted as one line
                arguments("Ransomware on grid operator", true, true),
                arguments("", true, true),
                arguments("Tallinn – Rīga – Vilnius, 东京, 🛰", true, true),
                arguments("first line\nsecond line", true, false),
                arguments("windows\r\nline", true, false),
                arguments("tab\tseparated", true, false),
                arguments("nul\u0000inside", false, false),
                arguments("\u0000", false, false),
                arguments("bell\u0007", false, false),
                arguments("escape\u001b[31m", false, false),
                arguments("vertical\u000Btab", false, false),
                arguments("delete\u007F", false, false),
                arguments("c1\u0085next line", false, false),
                arguments("c1\u009Bcsi", false, false),
                arguments("lone high \uD800 surrogate", false, false),
                arguments("lone low \uDC00 surrogate", false, false),
                arguments("trailing high \uD83D", false, false),
                arguments("pair \uD83D\uDE80 rocket", true, true));
    }

    @ParameterizedTest(name = "[{index}] multi-line {1}, one line {2}")
    @MethodSource("texts")
    void shouldAcceptOnlyPrintableTextAndLineBreaksWhereTextIsMultiLine(String text, boolean multiLine, boolean singleLine) {
        assertThat(TextRule.multiLine(text).isEmpty()).as("multi-line").isEqualTo(multiLine);
        assertThat(TextRule.singleLine(text).isEmpty()).as("one line").isEqualTo(singleLine);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void shouldSayWhereTheRefusedCharacterIs(String text, boolean multiLine, boolean singleLine) {
        TextRule.multiLine(text).ifPresent(reason -> assertThat(reason).containsPattern("at position \\d+"));
    }
}
