package eu.cyberplan.testing.hostile;

import eu.cyberplan.testing.ServiceUnderTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.HashMap;
import java.util.Map;

/**
 * A service started by hand on the test infrastructure, for test engines that @MicronautTest does not serve (jqwik):
 * a fresh database and topics, the demo users, a random port.
 */
public final class RunningService implements AutoCloseable {

    private final ServiceUnderTest infrastructure;
    private final String schema;
    private final ApplicationContext context;
    private final EmbeddedServer server;

    private RunningService(ServiceUnderTest infrastructure, String schema, ApplicationContext context) {
        this.infrastructure = infrastructure;
        this.schema = schema;
        this.context = context;
        this.server = context.getBean(EmbeddedServer.class);
    }

    /** Starts the service whose schema is {@code schema} (e.g. {@code contact_points}), with {@code extra} properties. */
    public static RunningService start(String schema, Map<String, String> extra) {
        ServiceUnderTest infrastructure = ServiceUnderTest.of(schema);
        Map<String, Object> properties = new HashMap<>(infrastructure.properties());
        properties.putAll(extra);
        ApplicationContext context = ApplicationContext.run(EmbeddedServer.class, properties, "test", "demo").getApplicationContext();
        return new RunningService(infrastructure, schema, context);
    }

    public ApplicationContext context() {
        return context;
    }

    public String baseUrl() {
        return server.getURL().toString();
    }

    public ServiceUnderTest infrastructure() {
        return infrastructure;
    }

    public String schema() {
        return schema;
    }

    @Override
    public void close() {
        context.close();
    }
}
