package juece.read;

/**
 * Where a YAML path ({@code legality_review.completed}, {@code evidence[2].file}) stands in the
 * file, read from the tree when asked (only findings ask, so reading a dossier builds no index).
 * A path that is not in the file resolves to its nearest ancestor, so a finding about an absent
 * field points at the step that lacks it; the root is the first key of the file.
 */
public final class SourceMap {
    private final Node.Mapping root;

    public SourceMap(Node.Mapping root) {
        this.root = root;
    }

    public Position locate(String path) {
        Position at = root.position();
        Node current = root;
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '[') {
                int close = path.indexOf(']', i);
                int index = Integer.parseInt(path, i + 1, close, 10);
                if (!(current instanceof Node.Seq seq) || index >= seq.items().size()) {
                    return at;
                }
                current = seq.items().get(index);
                at = current.position();
                i = close + 1;
            } else {
                int start = c == '.' ? i + 1 : i;
                int end = start;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                Node.Entry e = current instanceof Node.Mapping m ? m.entries().get(path.substring(start, end)) : null;
                if (e == null) {
                    return at;
                }
                at = e.keyPosition();
                current = e.value();
                i = end;
            }
        }
        return at;
    }

    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
