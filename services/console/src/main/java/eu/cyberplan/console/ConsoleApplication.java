package eu.cyberplan.console;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** console: the duty officers' web page, served from one origin together with the services' APIs it calls. */
@OpenAPIDefinition(info = @Info(title = "console", version = "v1", description = "CyberPlan console: the web page and its reference lists"))
public final class ConsoleApplication {

    private ConsoleApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(ConsoleApplication.class, args);
    }
}
