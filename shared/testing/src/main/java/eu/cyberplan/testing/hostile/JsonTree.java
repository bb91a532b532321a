package eu.cyberplan.testing.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The paths of a JSON tree (every field and list element, nested ones too) and a copy with one of them replaced. */
final class JsonTree {

    /** Stands for "leave the field out" as a replacement value. */
    static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "(absent)";
        }
    };

    private JsonTree() {
    }

    /** Every path of the tree, as lists of map keys and list indexes, the root excluded. */
    static List<List<Object>> paths(Object tree) {
        List<List<Object>> paths = new ArrayList<>();
        collect(tree, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(Object node, List<Object> at, List<List<Object>> paths) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                List<Object> child = new ArrayList<>(at);
                child.add(String.valueOf(entry.getKey()));
                paths.add(child);
                collect(entry.getValue(), child, paths);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<Object> child = new ArrayList<>(at);
                child.add(i);
                paths.add(child);
                collect(list.get(i), child, paths);
            }
        }
    }

    /** The value at {@code path}. */
    static Object at(Object tree, List<Object> path) {
        Object node = tree;
        for (Object step : path) {
            node = step instanceof Integer i ? ((List<?>) node).get(i) : ((Map<?, ?>) node).get(step);
        }
        return node;
    }

    /** A deep copy of {@code tree} with the value at {@code path} replaced ({@link #ABSENT} removes a field). */
    static Object replaced(Object tree, List<Object> path, Object value) {
        return replace(tree, path, 0, value);
    }

    private static Object replace(Object node, List<Object> path, int depth, Object value) {
        if (depth == path.size()) {
            return value;
        }
        Object step = path.get(depth);
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), k.equals(step) ? replace(v, path, depth + 1, value) : v));
            return copy;
        }
        List<Object> copy = new ArrayList<>((List<?>) node);
        int index = (Integer) step;
        Object replacement = replace(copy.get(index), path, depth + 1, value);
        if (replacement == ABSENT) {
            copy.remove(index);
        } else {
            copy.set(index, replacement);
        }
        return copy;
    }

    /** The path as the API names fields: {@code shifts[0].start}. */
    static String name(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                name.append('[').append(i).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(step);
            }
        }
        return name.toString();
    }
}
