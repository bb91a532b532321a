package eu.cyberplan.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** A browser test class of the console: the run's one stack and one Chromium ({@link ConsoleStack}), logged in afresh per test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ConsoleStack.Shared.class)
abstract class ConsoleTest {

    Api api;
    Federation federation;
    Browser browser;

    @BeforeAll
    void useTheRunsStack(ConsoleStack stack) {
        api = stack.api;
        federation = stack.federation;
        browser = stack.browser;
    }
}
