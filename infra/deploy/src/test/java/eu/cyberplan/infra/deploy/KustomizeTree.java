package eu.cyberplan.infra.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every kustomization under infra/k8s and the files they name, sorted by role: resources, patches and replacement
 * files. Paths that name nothing, and YAML files no kustomization names, are reported.
 */
final class KustomizeTree {

    private final Set<Path> kustomizations = new TreeSet<>();
    private final Set<Path> resources = new TreeSet<>();
    private final Set<Path> patches = new TreeSet<>();
    private final Set<Path> replacementFiles = new TreeSet<>();
    private final List<String> brokenReferences = new ArrayList<>();

    private KustomizeTree() {
    }

    static KustomizeTree of(Path root) {
        KustomizeTree tree = new KustomizeTree();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.getFileName().toString().equals("kustomization.yaml")).forEach(tree::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree;
    }

    private void add(Path file) {
        kustomizations.add(file.normalize());
        Kustomization kustomization = StrictYaml.read(StrictYaml.documents(file).get(0), Kustomization.class);
        Path dir = file.getParent();
        kustomization.resources().forEach(resource -> manifestOrDirectory(dir, resource, file));
        kustomization.components().forEach(component -> directory(dir, component, file));
        kustomization.patches().forEach(patch -> patches.add(existing(dir, patch.path(), file)));
        kustomization.replacements().forEach(r -> replacementFiles.add(existing(dir, r.path(), file)));
    }

    private void manifestOrDirectory(Path dir, String reference, Path from) {
        Path target = dir.resolve(reference).normalize();
        if (Files.isDirectory(target)) {
            directory(dir, reference, from);
        } else {
            resources.add(existing(dir, reference, from));
        }
    }

    private void directory(Path dir, String reference, Path from) {
        Path target = dir.resolve(reference).normalize();
        if (!Files.isRegularFile(target.resolve("kustomization.yaml"))) {
            brokenReferences.add(from + " names " + reference + ", which has no kustomization.yaml");
        }
    }

    private Path existing(Path dir, String reference, Path from) {
        Path target = dir.resolve(reference).normalize();
        if (!Files.isRegularFile(target)) {
            brokenReferences.add(from + " names " + reference + ", which does not exist");
        }
        return target;
    }

    /** Resources and patches: every file that holds manifests. */
    Set<Path> manifests() {
        Set<Path> all = new TreeSet<>(resources);
        all.addAll(patches);
        return all;
    }

    Set<Path> replacementFiles() {
        return replacementFiles;
    }

    List<String> brokenReferences() {
        return brokenReferences;
    }

    /** YAML files under the root that no kustomization names: they would never be deployed. */
    List<Path> orphans(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(Path::normalize)
                    .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .filter(file -> !kustomizations.contains(file) && !resources.contains(file) && !patches.contains(file)
                            && !replacementFiles.contains(file))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of every manifest file (resources and patches), with the file it came from. */
    List<Document> documents() {
        List<Document> all = new ArrayList<>(documentsOf(resources, false));
        all.addAll(documentsOf(patches, true));
        return all;
    }

    /** The documents of the resources only: each object once, as the base or a component defines it. */
    List<Document> resourceDocuments() {
        return documentsOf(resources, false);
    }

    private static List<Document> documentsOf(Set<Path> files, boolean patch) {
        return files.stream()
                .flatMap(file -> StrictYaml.documents(file).stream().map(node -> new Document(file, node, patch)))
                .toList();
    }

    /** One manifest; a patch is partial (merged onto a resource), so fields a schema requires may be absent. */
    record Document(Path file, JsonNode node, boolean patch) {
        String kind() {
            return node.path("kind").asText();
        }

        @Override
        public String toString() {
            return file.getParent().getFileName() + "/" + file.getFileName() + " " + kind() + " "
                    + node.path("metadata").path("name").asText();
        }
    }
}
