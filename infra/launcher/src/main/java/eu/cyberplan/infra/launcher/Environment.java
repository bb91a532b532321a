package eu.cyberplan.infra.launcher;

/** The launcher's settings, all from environment variables (nothing machine-specific in the repository). */
final class Environment {

    private Environment() {
    }

    static String get(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
