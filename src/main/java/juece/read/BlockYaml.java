package juece.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A reader for the plain YAML subset dossiers are written in — block mappings with identifier
 * keys, block sequences, single-line scalars and single-line flow collections, comments — several
 * times faster than SnakeYAML, whose scanner dominated the checker's time on large batches.
 *
 * <p>It never judges: at anything outside the subset, and at any error, {@link #read} returns null
 * and the caller reads the text with the full parser, which also words the errors. The contract,
 * held by {@code BlockYamlTest} over the cases and mutated inputs: a tree from here equals, with
 * every type and position, the tree the full parser builds.
 */
final class BlockYaml {
    /** SnakeYAML's YAML 1.1 resolver, which Jackson applies to plain scalars. Read-only, thread-safe. */
    private static final Resolver RESOLVER = new Resolver();
    /** The first characters of the resolver's patterns for numbers, timestamps, null, merge keys, "=" and tags. */
    private static final String RESOLVED_FIRST = "-+0123456789.<~=!&*";
    /** Every word the resolver's boolean and null patterns match (YAML 1.1). */
    private static final Set<String> YAML11_WORDS = Set.of("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
            "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL");

    private final char[] text;
    private final int[] lineStart;
    private final int[] lineEnd;
    private final int lines;
    private int line;
    private int pos;

    private BlockYaml(char[] text, int[] lineStart, int[] lineEnd, int lines) {
        this.text = text;
        this.lineStart = lineStart;
        this.lineEnd = lineEnd;
        this.lines = lines;
    }

    /** The root mapping, or null when the text needs the full parser. */
    static Node.Mapping read(String text) {
        BlockYaml y = split(text);
        if (y == null) {
            return null;
        }
        try {
            if (!y.nextContentLine() || !y.atKey()) {
                return null;
            }
            Node.Mapping root = y.mapping(y.column(), 1);
            return y.line < y.lines ? null : root;
        } catch (Outside e) {
            return null;
        }
    }

    /** Line table; null for characters SnakeYAML treats specially (tabs, lone CR, NEL, LS, PS, BOM, surrogates). */
    private static BlockYaml split(String s) {
        char[] text = s.toCharArray();
        int n = text.length;
        int[] starts = new int[64];
        int[] ends = new int[64];
        int count = 0;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text[i] : '\n';
            if (c == '\n') {
                int end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = start;
                ends[count++] = end;
                start = i + 1;
            } else if (c == '\t' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                    || Character.isSurrogate(c) || (c == '\r' && (i + 1 >= n || text[i + 1] != '\n'))) {
                return null;
            }
        }
        return new BlockYaml(text, starts, ends, count);
    }

    /** Thrown at the first thing outside the subset; never escapes {@link #read}. */
    private static final class Outside extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Outside INSTANCE = new Outside();

        private Outside() {
            super(null, null, false, false);
        }
    }

    private static Outside outside() {
        return Outside.INSTANCE;
    }

    // ---- the cursor ----------------------------------------------------------------------------

    private int end() {
        return lineEnd[line];
    }

    private int column() {
        return pos - lineStart[line];
    }

    private Position here(int offset) {
        return new Position(line + 1, offset - lineStart[line] + 1);
    }

    private char at(int i) {
        return i < end() ? text[i] : '\n';
    }

    /** Moves to the first character of the next line that is neither blank nor a comment. */
    private boolean nextContentLine() {
        for (; line < lines; line++) {
            int s = lineStart[line];
            int e = lineEnd[line];
            int p = s;
            while (p < e && text[p] == ' ') {
                p++;
            }
            if (p == e || text[p] == '#') {
                continue;
            }
            if (p == s && (startsWith("---", s) || startsWith("...", s) || text[s] == '%')) {
                throw outside(); // document markers and directives
            }
            pos = p;
            return true;
        }
        return false;
    }

    private boolean startsWith(String marker, int at) {
        if (at + marker.length() > lineEnd[line]) {
            return false;
        }
        for (int i = 0; i < marker.length(); i++) {
            if (text[at + i] != marker.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** After a value that ended its line: only a comment may follow; then on to the next content line. */
    private boolean endOfLine() {
        int spaces = skipSpaces();
        if (pos < end() && (spaces == 0 || text[pos] != '#')) {
            throw outside();
        }
        line++;
        return nextContentLine();
    }

    private int skipSpaces() {
        int from = pos;
        while (pos < end() && text[pos] == ' ') {
            pos++;
        }
        return pos - from;
    }

    private boolean atSequenceItem() {
        return text[pos] == '-' && (pos + 1 == end() || text[pos + 1] == ' ');
    }

    /** An identifier followed by ":" and a space or the line's end. */
    private boolean atKey() {
        int p = identifierEnd(pos);
        return p > pos && p < end() && text[p] == ':' && (p + 1 == end() || text[p + 1] == ' ');
    }

    private int identifierEnd(int p) {
        int e = end();
        if (p >= e || !(isAsciiLetter(text[p]) || text[p] == '_')) {
            return p;
        }
        p++;
        while (p < e && (isAsciiLetter(text[p]) || (text[p] >= '0' && text[p] <= '9') || text[p] == '_' || text[p] == '-')) {
            p++;
        }
        return p;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private String key(Map<String, Node.Entry> entries) {
        int e = identifierEnd(pos);
        if (e == pos || e - pos > Limits.MAX_KEY_CHARS || at(e) != ':') {
            throw outside();
        }
        String key = new String(text, pos, e - pos);
        if (entries.containsKey(key)) {
            throw outside(); // a duplicate key: the full parser reports it
        }
        pos = e + 1;
        return key;
    }

    // ---- block collections -------------------------------------------------------------------------

    /** A block mapping whose keys stand at column {@code n}; the cursor is on its first key. */
    private Node.Mapping mapping(int n, int depth) {
        if (depth > Limits.MAX_DEPTH) {
            throw outside();
        }
        Position start = here(pos);
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        boolean more;
        do {
            Position keyAt = here(pos);
            String key = key(entries);
            int afterColon = pos;
            Position empty = here(afterColon);
            int spaces = skipSpaces();
            Node value;
            if (pos == end() || text[pos] == '#' && spaces > 0) {
                line++;
                more = nextContentLine();
                if (more && column() > n) {
                    value = block(depth + 1);
                } else if (more && column() == n && atSequenceItem()) {
                    value = sequence(n, depth + 1); // the indentless form: "key:" then "- item" below it
                } else {
                    value = new Node.Scalar(Node.Scalar.Type.STRING, "", empty); // Jackson reads nothing as ""
                }
                more = line < lines;
            } else if (spaces == 0) {
                throw outside();
            } else {
                value = inline(depth + 1, false);
                more = endOfLine();
            }
            entries.put(key, new Node.Entry(key, keyAt, value));
            if (more && column() > n) {
                throw outside(); // a continuation line or a misaligned key
            }
            more = more && column() == n;
            if (more && !atKey()) {
                throw outside();
            }
        } while (more);
        return new Node.Mapping(entries, start);
    }

    /** A block sequence whose dashes stand at column {@code n}; the cursor is on the first dash. */
    private Node.Seq sequence(int n, int depth) {
        if (depth > Limits.MAX_DEPTH) {
            throw outside();
        }
        Position start = here(pos);
        List<Node> items = new ArrayList<>();
        boolean more;
        do {
            pos++;
            if (skipSpaces() == 0 || pos == end() || text[pos] == '#' || atSequenceItem()) {
                throw outside(); // "-" alone, or "- - x": rare forms left to the full parser
            }
            if (atKey()) {
                items.add(mapping(column(), depth + 1));
                more = line < lines;
            } else {
                items.add(inline(depth + 1, false));
                more = endOfLine();
            }
            if (more && column() > n) {
                throw outside();
            }
            more = more && column() == n && atSequenceItem();
        } while (more);
        return new Node.Seq(items, start);
    }

    /** A mapping or sequence starting on a line of its own. */
    private Node block(int depth) {
        if (atSequenceItem()) {
            return sequence(column(), depth);
        }
        if (atKey()) {
            return mapping(column(), depth);
        }
        throw outside(); // a scalar on its own line is a multi-line plain scalar
    }

    // ---- values on one line ------------------------------------------------------------------------

    /** A scalar or flow collection that ends on this line; {@code flow} inside brackets. */
    private Node inline(int depth, boolean flow) {
        if (depth > Limits.MAX_DEPTH) {
            throw outside();
        }
        char c = at(pos);
        return switch (c) {
            case '[' -> flowSequence(depth);
            case '{' -> flowMapping(depth);
            case '\'' -> singleQuoted();
            case '"' -> doubleQuoted();
            case '-', '?', ':', ',', ']', '}', '#', '&', '*', '!', '|', '>', '%', '@', '`', '\n' -> throw outside();
            default -> flow ? plainInFlow() : plainInBlock();
        };
    }

    private Node.Scalar plainInBlock() {
        int from = pos;
        int e = end();
        int stop = e;
        for (int i = pos; i < e; i++) {
            char c = text[i];
            if (c == '#' && text[i - 1] == ' ') {
                stop = i;
                break;
            }
            if (c == ':' && (i + 1 == e || text[i + 1] == ' ')) {
                throw outside(); // "a: b: c" is a syntax error, "a:" at the end a nested key
            }
        }
        return plain(from, stop);
    }

    private Node.Scalar plainInFlow() {
        int from = pos;
        int e = end();
        int i = pos;
        for (; i < e; i++) {
            char c = text[i];
            if (c == ',' || c == ']' || c == '}' || c == '[' || c == '{') {
                break;
            }
            if (c == ':' || c == '#' || c == '?') {
                throw outside(); // indicators SnakeYAML reads inside flow collections
            }
        }
        return plain(from, i);
    }

    /** The plain scalar from {@code from} up to {@code stop}, without trailing spaces; the cursor stops after it. */
    private Node.Scalar plain(int from, int stop) {
        pos = stop;
        while (text[pos - 1] == ' ') {
            pos--;
        }
        return plain(new String(text, from, pos - from), here(from));
    }

    private Node.Scalar singleQuoted() {
        int from = pos;
        StringBuilder sb = null;
        int chunk = pos + 1;
        int e = end();
        for (int i = pos + 1; i < e; i++) {
            if (text[i] == '\'') {
                if (i + 1 < e && text[i + 1] == '\'') {
                    sb = sb == null ? new StringBuilder() : sb;
                    sb.append(text, chunk, i + 1 - chunk);
                    chunk = i + 2;
                    i++;
                    continue;
                }
                String value = sb == null ? new String(text, chunk, i - chunk) : sb.append(text, chunk, i - chunk).toString();
                pos = i + 1;
                return quoted(value, from);
            }
        }
        throw outside(); // continues on the next line
    }

    private Node.Scalar doubleQuoted() {
        int from = pos;
        int e = end();
        for (int i = pos + 1; i < e; i++) {
            char c = text[i];
            if (c == '\\') {
                throw outside(); // escapes are the full parser's business
            }
            if (c == '"') {
                pos = i + 1;
                return quoted(new String(text, from + 1, i - from - 1), from);
            }
        }
        throw outside();
    }

    private Node.Scalar quoted(String value, int from) {
        if (value.length() > Limits.MAX_SCALAR_CHARS) {
            throw outside();
        }
        return new Node.Scalar(Node.Scalar.Type.STRING, value, here(from));
    }

    private Node.Seq flowSequence(int depth) {
        Position start = here(pos);
        List<Node> items = new ArrayList<>();
        flowItems(']', () -> items.add(inline(depth + 1, true)));
        return new Node.Seq(items, start);
    }

    private Node.Mapping flowMapping(int depth) {
        Position start = here(pos);
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        flowItems('}', () -> {
            Position keyAt = here(pos);
            String key = key(entries);
            if (skipSpaces() == 0) {
                throw outside();
            }
            entries.put(key, new Node.Entry(key, keyAt, inline(depth + 1, true)));
        });
        return new Node.Mapping(entries, start);
    }

    /** Reads a flow collection's items with {@code item} up to {@code close}; the cursor is on the opening bracket. */
    private void flowItems(char close, Runnable item) {
        pos++;
        skipSpaces();
        if (at(pos) == close) {
            pos++;
            return;
        }
        while (true) {
            item.run();
            skipSpaces();
            char c = at(pos++);
            if (c == close) {
                return;
            }
            if (c != ',') {
                throw outside(); // a trailing comma, a missing one, or the collection goes on to the next line
            }
            skipSpaces();
        }
    }

    /**
     * Types a plain scalar as Jackson does, for the spellings dossiers use; any other spelling the
     * resolver gives a type (octal, sexagesimal, yes/no, .inf, timestamps with a time) goes to the
     * full parser.
     */
    private static Node.Scalar plain(String value, Position at) {
        if (value.length() > Limits.MAX_SCALAR_CHARS) {
            throw outside();
        }
        Node.Scalar.Type type = typeOf(value);
        return type == Node.Scalar.Type.NULL ? new Node.Scalar(type, "null", at) : new Node.Scalar(type, value, at);
    }

    private static Node.Scalar.Type typeOf(String value) {
        char first = value.charAt(0);
        if (isAsciiLetter(first)) {
            // of the resolver's patterns, only booleans and null start with a letter: a closed list of words
            if (value.equals("true") || value.equals("false")) {
                return Node.Scalar.Type.BOOLEAN;
            }
            if (value.equals("null")) {
                return Node.Scalar.Type.NULL;
            }
            if (YAML11_WORDS.contains(value)) {
                throw outside(); // yes, No, TRUE, NULL…: spellings the full parser and the validator judge
            }
            return Node.Scalar.Type.STRING;
        }
        if (first >= '0' && first <= '9') {
            if (isDecimal(value)) {
                return Node.Scalar.Type.INTEGER;
            }
            if (Dates.isDateShaped(value)) {
                return Node.Scalar.Type.STRING; // a timestamp to SnakeYAML, a string to Jackson
            }
        } else if (RESOLVED_FIRST.indexOf(first) < 0) {
            return Node.Scalar.Type.STRING; // no pattern of the resolver starts with this character
        }
        Tag tag = RESOLVER.resolve(NodeId.scalar, value, true);
        if (tag == Tag.STR) {
            return Node.Scalar.Type.STRING;
        }
        if (tag == Tag.NULL && value.equals("~")) {
            return Node.Scalar.Type.NULL;
        }
        throw outside();
    }

    private static boolean isDecimal(String s) {
        if (s.length() > 9 || (s.length() > 1 && s.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
