package juece.read;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each YAML path ({@code legality_review.completed}, {@code evidence[2].file}) stands.
 * A path that is not in the file resolves to its nearest ancestor, so a finding about an absent
 * field points at the step that lacks it.
 */
public final class SourceMap {
    private final Map<String, Position> positions = new HashMap<>();
    private Position root = Position.START;

    void put(String path, Position position) {
        if (path.isEmpty()) {
            root = position;
        } else {
            positions.putIfAbsent(path, position);
        }
    }

    public Position locate(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Position found = positions.get(p);
            if (found != null) {
                return found;
            }
            p = parent(p);
        }
        return root;
    }

    public boolean contains(String path) {
        return path.isEmpty() || positions.containsKey(path);
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
