package juece.read;

import static juece.text.Texts.msg;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a dossier file into a {@link Node} tree, each node with its position, refusing everything
 * SPEC §3 and the hardening limits refuse: non-UTF-8 or binary input, anchors and aliases, explicit
 * tags, duplicate keys, several documents, excessive size or nesting. Never throws for bad input.
 */
public final class YamlReader {
    private static final StrictYamlFactory FACTORY = new StrictYamlFactory();
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private YamlReader() {
    }

    public static ReadResult read(Path file, String name) {
        return read(file, name, null);
    }

    /** {@code known}: the file's attributes, a link followed, when the caller has just read them; else null. */
    public static ReadResult read(Path file, String name, BasicFileAttributes known) {
        Source source = Source.file(file, name);
        byte[] bytes;
        try {
            BasicFileAttributes attributes = known;
            try {
                if (attributes == null) {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class);
                }
            } catch (NoSuchFileException e) {
                return ReadResult.failed(source, new Problem(Position.START,
                        msg(Files.isSymbolicLink(file) ? "read.broken-link" : "input.missing")));
            }
            if (!attributes.isRegularFile()) {
                // a FIFO would block the open, a device never end: neither is opened
                return ReadResult.failed(source, new Problem(Position.START, msg("read.not-a-file")));
            }
            long size = attributes.size();
            if (size > Limits.MAX_FILE_BYTES) {
                return ReadResult.failed(source, new Problem(Position.START,
                        msg("read.too-large", "size", size, "limit", Limits.MAX_FILE_BYTES)));
            }
            try (SeekableByteChannel in = Files.newByteChannel(file)) {
                bytes = readUpTo(in, (int) size, Limits.MAX_FILE_BYTES + 1);
            }
            if (bytes.length > Limits.MAX_FILE_BYTES) {
                return ReadResult.failed(source, new Problem(Position.START,
                        msg("read.too-large", "size", bytes.length, "limit", Limits.MAX_FILE_BYTES)));
            }
        } catch (AccessDeniedException e) {
            return ReadResult.failed(source, new Problem(Position.START, msg("read.denied")));
        } catch (IOException | SecurityException e) {
            return ReadResult.failed(source, new Problem(Position.START, msg("read.unreadable", "reason", String.valueOf(e.getMessage()))));
        }
        return parse(source, bytes);
    }

    /**
     * The channel's bytes, at most {@code limit}: read into a buffer of the size the file had when
     * its attributes were read, one byte more to see that it ended there, grown if it has grown since.
     */
    private static byte[] readUpTo(SeekableByteChannel in, int size, int limit) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(Math.min(size + 1, limit));
        while (in.read(buffer) >= 0) {
            if (!buffer.hasRemaining()) {
                if (buffer.capacity() == limit) {
                    break;
                }
                buffer = ByteBuffer.allocate((int) Math.min(2L * buffer.capacity(), limit)).put(buffer.flip());
            }
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** Reads YAML that is not a file on disk (a bundled profile), named {@code name} in messages. */
    public static ReadResult parse(String name, byte[] bytes) {
        return parse(new Source(name, Attachments.NONE), bytes);
    }

    /** Reads a dossier held in memory (an upload), with the same checks and limits as a file's. */
    public static ReadResult parse(Source source, byte[] bytes) {
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            return ReadResult.failed(source, new Problem(Position.START,
                    msg("read.too-large", "size", bytes.length, "limit", Limits.MAX_FILE_BYTES)));
        }
        return parse(source, bytes, true);
    }

    /** {@code fastPath} false reads everything with the full parser: the reference {@link BlockYaml} is tested against. */
    static ReadResult parse(Source source, byte[] bytes, boolean fastPath) {
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return ReadResult.failed(source, new Problem(Position.START, msg("read.utf16")));
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return ReadResult.failed(source, new Problem(positionOfByte(bytes, start, i), msg("read.binary")));
            }
        }
        String text;
        try {
            text = decodeStrictly(bytes, start);
        } catch (MalformedAt e) {
            boolean gbk = looksLikeGb18030(bytes, start);
            return ReadResult.failed(source, new Problem(positionOfByte(bytes, start, e.offset),
                    msg(gbk ? "read.not-utf8-gbk" : "read.not-utf8", "byte", String.format("0x%02X", bytes[e.offset] & 0xFF))));
        }
        Problem control = findControlCharacter(text);
        if (control != null) {
            return ReadResult.failed(source, control);
        }
        if (text.isBlank()) {
            return ReadResult.failed(source, new Problem(Position.START, msg("read.empty")));
        }
        Node.Mapping root = fastPath ? BlockYaml.read(text) : null;
        if (root != null) {
            return ReadResult.ok(new YamlDocument(source, root, new SourceMap(root)));
        }
        return new TreeBuilder(source, text).build();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static final class MalformedAt extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;

        MalformedAt(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    private static String decodeStrictly(byte[] bytes, int start) throws MalformedAt {
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text; // the fast decoder replaced nothing, so nothing was malformed
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new MalformedAt(in.position());
        }
        r = decoder.flush(out);
        if (r.isError()) {
            throw new MalformedAt(in.position());
        }
        return out.flip().toString();
    }

    /** Chinese text saved by an older editor is usually GBK/GB18030: say so instead of "garbage". */
    private static boolean looksLikeGb18030(byte[] bytes, int start) {
        try {
            java.nio.charset.Charset.forName("GB18030").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return true;
        } catch (CharacterCodingException | RuntimeException e) {
            return false;
        }
    }

    /** Line and column of a byte offset, counting columns in characters as editors do. */
    private static Position positionOfByte(byte[] bytes, int start, int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset && i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) { // count a UTF-8 sequence once, at its lead byte
                column++;
            }
        }
        return new Position(line, column);
    }

    /** Characters a dossier may hold anywhere: no C0 or C1 control, DEL or non-character. */
    private static boolean printable(char c) {
        return c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0xFFFE && !bidiControl(c);
    }

    /** The embeddings, overrides and isolates that can make text read other than it is stored. */
    private static boolean bidiControl(char c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /**
     * A control character that an escape ({@code "\x07"}, {@code "\e"}) put into a key or value, where
     * it could break a report (XML, terminal, spreadsheet) or hide text: tab and line feed only.
     */
    private static Problem escapedControl(String value, Position at) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                i++;
            } else if (!printable(c) && c != '\n' && c != '\t' || Character.isSurrogate(c)) { // "\ud800" alone is no character
                return new Problem(at, msg("read.control-character", "code", String.format("U+%04X", (int) c)));
            }
        }
        return null;
    }

    /** YAML allows tab, line breaks and printable characters only (YAML 1.2 §5.1). */
    private static Problem findControlCharacter(String text) {
        int bad = -1;
        for (int i = 0; i < text.length() && bad < 0; i++) {
            char c = text.charAt(i);
            if (!(printable(c) || c == '\n' || c == '\r' || c == '\t' || c == 0x85)) {
                bad = i;
            }
        }
        if (bad < 0) {
            return null;
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < bad; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Problem(new Position(line, column),
                msg("read.control-character", "code", String.format("U+%04X", (int) text.charAt(bad))));
    }

    /** Builds the tree from Jackson's token stream, checking structure as it goes. */
    private static final class TreeBuilder {
        private final Source source;
        private final String text;
        private StrictYamlFactory.Parser parser;

        TreeBuilder(Source source, String text) {
            this.source = source;
            this.text = text;
        }

        ReadResult build() {
            try (StrictYamlFactory.Parser p = (StrictYamlFactory.Parser) FACTORY.createParser(text)) {
                parser = p;
                JsonToken first = p.nextToken();
                if (first == null) {
                    return ReadResult.failed(source, new Problem(Position.START, msg("read.empty")));
                }
                Position rootPosition = here();
                Node root = node(first, 1);
                if (p.nextToken() != null || p.secondDocument() != null) {
                    Position at = p.secondDocument() != null ? p.secondDocument() : here();
                    return ReadResult.failed(source, new Problem(at, msg("read.several-documents")));
                }
                if (p.anchor() != null) {
                    return ReadResult.failed(source, new Problem(p.anchorPosition(), msg("read.anchor", "name", p.anchor())));
                }
                if (!(root instanceof Node.Mapping m)) {
                    return ReadResult.failed(source, new Problem(rootPosition, msg("read.root-not-mapping")));
                }
                return ReadResult.ok(new YamlDocument(source, m, new SourceMap(m)));
            } catch (Rejected r) {
                return ReadResult.failed(source, r.problem);
            } catch (MarkedYAMLException e) {
                var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                Position at = mark == null ? Position.START : new Position(mark.getLine() + 1, mark.getColumn() + 1);
                String problem = e.getProblem() == null ? e.getOriginalMessage() : e.getProblem();
                return ReadResult.failed(source, new Problem(at, SyntaxError.of(problem)));
            } catch (StreamConstraintsException e) {
                return ReadResult.failed(source, new Problem(location(e), msg("read.too-deep", "limit", Limits.MAX_DEPTH)));
            } catch (JsonProcessingException e) {
                return ReadResult.failed(source, new Problem(location(e), SyntaxError.of(e.getOriginalMessage())));
            } catch (IOException | RuntimeException e) {
                // SnakeYAML signals some malformed input with unchecked exceptions; still bad input, not a bug
                return ReadResult.failed(source, new Problem(parser == null ? Position.START : here(),
                        SyntaxError.of(String.valueOf(e.getMessage()))));
            }
        }

        private Position location(JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            return l == null || l.getLineNr() < 1 ? Position.START : new Position(l.getLineNr(), Math.max(1, l.getColumnNr()));
        }

        private Position here() {
            JsonLocation l = parser.currentTokenLocation();
            return new Position(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
        }

        private Node node(JsonToken token, int depth) throws IOException {
            Position at = here();
            if (depth > Limits.MAX_DEPTH) {
                throw new Rejected(new Problem(at, msg("read.too-deep", "limit", Limits.MAX_DEPTH)));
            }
            if (parser.isCurrentAlias()) {
                throw new Rejected(new Problem(at, msg("read.alias", "name", parser.getText())));
            }
            String tag = parser.getTypeId();
            if (tag != null) {
                throw new Rejected(new Problem(at, msg("read.tag", "tag", tag)));
            }
            return switch (token) {
                case START_OBJECT -> mapping(at, depth);
                case START_ARRAY -> sequence(at, depth);
                case VALUE_STRING -> scalar(Node.Scalar.Type.STRING, at);
                case VALUE_NUMBER_INT -> scalar(Node.Scalar.Type.INTEGER, at);
                case VALUE_NUMBER_FLOAT -> scalar(Node.Scalar.Type.FLOAT, at);
                case VALUE_TRUE, VALUE_FALSE -> scalar(Node.Scalar.Type.BOOLEAN, at);
                case VALUE_NULL -> new Node.Scalar(Node.Scalar.Type.NULL, "null", at);
                default -> throw new Rejected(new Problem(at, msg("read.syntax", "detail", String.valueOf(token))));
            };
        }

        private Node.Scalar scalar(Node.Scalar.Type type, Position at) throws IOException {
            String s = parser.getText();
            if (s.length() > Limits.MAX_SCALAR_CHARS) {
                throw new Rejected(new Problem(at, msg("read.scalar-too-long", "length", s.length(), "limit", Limits.MAX_SCALAR_CHARS)));
            }
            Problem control = escapedControl(s, at);
            if (control != null) {
                throw new Rejected(control);
            }
            return new Node.Scalar(type, s, at);
        }

        private Node.Mapping mapping(Position at, int depth) throws IOException {
            Map<String, Node.Entry> entries = new LinkedHashMap<>();
            JsonToken t;
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                Position keyAt = here();
                String key = parser.currentName();
                if (key.length() > Limits.MAX_KEY_CHARS) {
                    throw new Rejected(new Problem(keyAt, msg("read.key-too-long", "length", key.length(), "limit", Limits.MAX_KEY_CHARS)));
                }
                Problem control = escapedControl(key, keyAt);
                if (control != null) {
                    throw new Rejected(control);
                }
                Node.Entry earlier = entries.get(key);
                if (earlier != null) {
                    throw new Rejected(new Problem(keyAt, msg("read.duplicate-key", "key", key, "line", earlier.keyPosition().line())));
                }
                Node value = node(parser.nextToken(), depth + 1);
                entries.put(key, new Node.Entry(key, keyAt, value));
            }
            if (t != JsonToken.END_OBJECT) {
                throw new Rejected(new Problem(here(), msg("read.syntax", "detail", String.valueOf(t))));
            }
            return new Node.Mapping(entries, at);
        }

        private Node.Seq sequence(Position at, int depth) throws IOException {
            List<Node> items = new ArrayList<>();
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new Rejected(new Problem(here(), msg("read.syntax", "detail", "unexpected end of input")));
                }
                items.add(node(t, depth + 1));
            }
            return new Node.Seq(items, at);
        }

    }

    /** A structural rejection found while building the tree; carries its problem out of the recursion. */
    private static final class Rejected extends IOException {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        Rejected(Problem problem) {
            super(null, null);
            this.problem = problem;
        }
    }
}
