package eu.cyberplan.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * One stack and one Chromium for every browser test class of a run ({@code Console*IT}): started by the first class that
 * asks, kept in JUnit's root store and closed when the run ends. Each class logs in afresh, so no state of a person's
 * session crosses classes; what they file goes into one database, as on a real node, so assertions name their own data.
 */
final class ConsoleStack implements ExtensionContext.Store.CloseableResource {

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Api api = new Api(http);
    final Federation federation;
    final Browser browser;

    private ConsoleStack() throws Exception {
        Federation started = Federation.start(http);
        try {
            this.browser = Browser.open(started.console.url(""));
        } catch (Exception | Error e) {
            started.close();
            throw e;
        }
        this.federation = started;
    }

    /** The run's stack, started now if this is the first class to ask; skips the class where Chromium cannot be had. */
    static ConsoleStack of(ExtensionContext context) throws Exception {
        Browser.assumeInstalled();
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(ConsoleStack.class));
        ConsoleStack stack = store.get(ConsoleStack.class, ConsoleStack.class);
        if (stack == null) {
            stack = new ConsoleStack();
            store.put(ConsoleStack.class, stack);
        }
        return stack;
    }

    /** Hands the run's stack to a {@code @BeforeAll} method's parameter: {@code @ExtendWith(ConsoleStack.Shared.class)}. */
    static final class Shared implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ConsoleStack.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            try {
                return ConsoleStack.of(context);
            } catch (org.opentest4j.TestAbortedException skipped) {
                throw skipped;
            } catch (Exception e) {
                throw new ParameterResolutionException("the console's stack did not start", e);
            }
        }
    }

    @Override
    public void close() throws Exception {
        try {
            browser.close();
        } finally {
            federation.close();
        }
    }
}
