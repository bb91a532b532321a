package eu.cyberplan.infra.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * The part of the Compose specification that infra/compose uses, as a typed model: read strictly, a misspelt key
 * ("enviroment", "healtcheck") fails instead of being ignored by an engine that is not there to complain.
 */
record ComposeFile(Map<String, ComposeService> services, Map<String, Object> volumes, Map<String, FileSecret> secrets) {

    record ComposeService(String image, Build build, String restart, Map<String, String> environment,
                          List<String> ports, List<String> volumes, List<SecretMount> secrets,
                          @JsonProperty("depends_on") Map<String, Dependency> dependsOn, Healthcheck healthcheck,
                          List<String> entrypoint, List<String> command) {
    }

    record Build(String context, String dockerfile, Map<String, String> args) {
    }

    record SecretMount(String source, String target) {
    }

    record Dependency(String condition) {
    }

    record Healthcheck(List<String> test, String interval, String timeout, Integer retries,
                       @JsonProperty("start_period") String startPeriod) {
    }

    record FileSecret(String file) {
    }
}
