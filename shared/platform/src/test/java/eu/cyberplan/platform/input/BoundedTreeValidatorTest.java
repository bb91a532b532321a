package eu.cyberplan.platform.input;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The size of a free-form JSON tree: keys and values all told, and too deep counts as too large. */
class BoundedTreeValidatorTest {

    @Test
    void shouldCountEveryKeyAndValue() {
        Object tree = Map.of("text", "hello", "list", List.of("ab", 12, true));
        assertThat(BoundedTreeValidator.size(tree, 0, 8)).isEqualTo(4 + 5 + 4 + 2 + 2 + 4);
    }

    @Test
    void shouldCountAControlCharacterAnywhereAsTooLarge() {
        assertThat(BoundedTreeValidator.size(Map.of("text", List.of("a\u0000b")), 0, 8)).isGreaterThan(Integer.MAX_VALUE);
        assertThat(BoundedTreeValidator.size(Map.of("te\u0007xt", "ab"), 0, 8)).isGreaterThan(Integer.MAX_VALUE);
        assertThat(BoundedTreeValidator.size(Map.of("text", "two\nlines"), 0, 8)).isEqualTo(4 + 9);
    }

    @Test
    void shouldCountATreeDeeperThanTheBoundAsTooLarge() {
        Object deep = "leaf";
        for (int i = 0; i < 10; i++) {
            deep = List.of(deep);
        }
        assertThat(BoundedTreeValidator.size(deep, 0, 8)).isGreaterThan(Integer.MAX_VALUE);
        assertThat(BoundedTreeValidator.size(deep, 0, 12)).isEqualTo(4);
    }
}
