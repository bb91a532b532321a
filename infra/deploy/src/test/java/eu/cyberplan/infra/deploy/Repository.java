package eu.cyberplan.infra.deploy;

import java.nio.file.Path;
import java.util.List;

/** Where the repository is (the build passes it; from the module directory it is two levels up). */
final class Repository {

    static final Path ROOT = Path.of(System.getProperty("cyberplan.repo.dir", "../..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("infra/k8s");
    static final Path COMPOSE = ROOT.resolve("infra/compose");

    /** The deployable services, one module each under services/. */
    static final List<String> SERVICES = List.of("contact-points", "incident-reporting", "escalation", "exercises",
            "console");

    private Repository() {
    }

    static ServiceSettings settings(String service) {
        return ServiceSettings.of(ROOT, service);
    }
}
