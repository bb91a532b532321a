package eu.cyberplan.infra.deploy;

import java.util.List;
import java.util.Map;

/**
 * The fields of a kustomization.yaml (kind Kustomization or Component) this repository uses; any other field fails
 * the strict reader, so a misspelt "resource:" cannot silently drop the files it names.
 */
record Kustomization(String apiVersion, String kind, String namespace, List<Label> labels, List<String> resources,
                     List<String> components, List<FileRef> patches, List<FileRef> replacements) {

    Kustomization {
        resources = resources == null ? List.of() : resources;
        components = components == null ? List.of() : components;
        patches = patches == null ? List.of() : patches;
        replacements = replacements == null ? List.of() : replacements;
    }

    record Label(Map<String, String> pairs, Boolean includeSelectors, Boolean includeTemplates) {
    }

    record FileRef(String path) {
    }

    /** One entry of a replacements file: where CYBERPLAN_NODE_ID is copied to. */
    record Replacement(Source source, List<Target> targets) {
    }

    record Source(String kind, String name, String fieldPath) {
    }

    record Target(Select select, List<String> fieldPaths, Options options) {
    }

    record Select(String kind, String name) {
    }

    record Options(String delimiter, Integer index) {
    }
}
