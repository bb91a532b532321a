package eu.cyberplan.platform.api;

import eu.cyberplan.platform.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Page and size of every list endpoint: defaults, bounds named in a 422, and an offset that never overflows. */
class PageTest {

    @ParameterizedTest(name = "page {0} -> {1}")
    @CsvSource(nullValues = "null", value = {"null, 0", "0, 0", "1, 1", "100000, 100000"})
    void shouldAcceptPagesFromZeroToTheBound(Integer requested, int page) {
        assertThat(Page.page(requested)).isEqualTo(page);
    }

    @ParameterizedTest(name = "page {0}")
    @CsvSource({"-1", "100001", "2147483647", "-2147483648"})
    void shouldRefusePagesOutsideTheBoundNamingPage(int requested) {
        assertThatThrownBy(() -> Page.page(requested)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("page"));
    }

    @ParameterizedTest(name = "size {0} -> {1}")
    @CsvSource(nullValues = "null", value = {"null, 50", "1, 1", "500, 500"})
    void shouldAcceptSizesFromOneTo500(Integer requested, int size) {
        assertThat(Page.size(requested)).isEqualTo(size);
    }

    @ParameterizedTest(name = "size {0}")
    @CsvSource({"0", "-1", "501", "2147483647"})
    void shouldRefuseSizesOutsideTheBoundNamingSize(int requested) {
        assertThatThrownBy(() -> Page.size(requested)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("size"));
    }

    @ParameterizedTest(name = "page {0} size {1}")
    @CsvSource({"0, 50, 0", "3, 50, 150", "100000, 500, 50000000"})
    void shouldComputeTheOffsetWithoutOverflow(int page, int size, long offset) {
        assertThat(Page.offset(Page.page(page), Page.size(size))).isEqualTo(offset);
    }
}
