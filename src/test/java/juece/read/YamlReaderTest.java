package juece.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import juece.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strict reader: what it accepts, what it refuses, and where it says the problem is. */
class YamlReaderTest {

    private static ReadResult read(String yaml) {
        return YamlReader.parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String problem(ReadResult r) {
        assertFalse(r.ok(), "expected a problem");
        Problem p = r.problems().get(0);
        return p.position() + " " + p.message().render(Lang.EN);
    }

    @Test
    void readsMappingsListsAndPositions() {
        ReadResult r = read("format: juece/v1\nlist:\n  - {a: 1}\n  - b\nmap:\n  key: 2024-03-01\n");
        assertTrue(r.ok());
        SourceMap map = r.document().map();
        assertEquals(new Position(1, 1), map.locate("format"));
        assertEquals(new Position(3, 5), map.locate("list[0]"));
        assertEquals(new Position(3, 6), map.locate("list[0].a"));
        assertEquals(new Position(6, 3), map.locate("map.key"));
        assertEquals(new Position(5, 1), map.locate("map.absent.deeper"));
        assertEquals(new Position(1, 1), map.locate("absent"));
    }

    @Test
    void acceptsAByteOrderMark() {
        byte[] body = "format: juece/v1\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        ReadResult r = YamlReader.parse("bom.yaml", withBom);
        assertTrue(r.ok());
        assertEquals(new Position(1, 1), r.document().map().locate("format"));
    }

    @Test
    void saysGbkIsNotUtf8AndWhere() {
        byte[] gbk = "title: 污水处理厂\n".getBytes(Charset.forName("GBK"));
        String p = problem(YamlReader.parse("gbk.yaml", gbk));
        assertTrue(p.startsWith("1:8 "), p);
        assertTrue(p.contains("GBK"), p);
    }

    @Test
    void refusesAnchorsAliasesTagsAndDuplicateKeys() {
        assertTrue(problem(read("a: &x 1\nb: 2\n")).contains("anchors"));
        assertTrue(problem(read("a: &x {q: 1}\nb: *x\n")).contains("alias"));
        assertTrue(problem(read("a: !!java.lang.Runtime {}\n")).contains("tags"));
        assertEquals("2:1 duplicate key \"a\" (already on line 1)", problem(read("a: 1\na: 2\n")));
    }

    @Test
    void refusesAnAliasBomb() {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            y.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *")
                    .append((char) (c - 1)).append("]\n");
        }
        assertFalse(read(y.toString()).ok());
    }

    @Test
    void refusesDeepNestingWithoutOverflowingTheStack() {
        String p = problem(read("a: " + "[".repeat(20_000)));
        assertTrue(p.contains("nesting deeper than the limit of 32"), p);
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            block.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        assertTrue(problem(read(block + "  ".repeat(40) + "v: 1\n")).contains("nesting"));
    }

    @Test
    void refusesEmptyBinaryAndControlCharacters() {
        assertTrue(problem(read("")).contains("empty"));
        assertTrue(problem(read("# only a comment\n")).contains("empty"));
        assertTrue(problem(YamlReader.parse("b", new byte[] {'a', ':', ' ', 0, 1})).contains("binary"));
        assertEquals("2:4 control character U+0007 is not allowed", problem(read("a: 1\nb: \u0007\n")));
    }

    @Test
    void refusesSeveralDocumentsAndANonMappingRoot() {
        assertTrue(problem(read("a: 1\n---\nb: 2\n")).contains("one YAML document"));
        assertTrue(problem(read("- a\n- b\n")).contains("top level"));
    }

    @Test
    void refusesHugeKeysAndScalars() {
        assertTrue(problem(read("k".repeat(1000) + ": 1\n")).contains("key of 1000 characters"));
        assertTrue(problem(read("a: " + "x".repeat(Limits.MAX_SCALAR_CHARS + 1) + "\n")).contains("value of"));
    }

    @Test
    void reportsSyntaxErrorsWithTheirPosition() {
        assertTrue(problem(read("format: juece/v1\n? [a, b]\n: x\n")).contains("not a list or mapping"));
        assertEquals("2:1 a tab character: YAML indents with spaces only (a tab inside a value needs quotes)",
                problem(read("a: 1\n\tb: 2\n")));
        assertEquals("2:1 a [ … ] list or { … } mapping is not closed", problem(read("a: [1\n")));
        assertTrue(problem(read("format: juece/v1\nkind: [\n")).endsWith("a [ … ] list or { … } mapping is not closed"),
                problem(read("format: juece/v1\nkind: [\n")));
        assertEquals("1:7 a value is missing here, found \",\": write the value, or put the whole value in quotes", problem(read("a: [b,,c]\n")));
        assertEquals("1:9 an extra \"]\": a [ ] or { } pair does not match", problem(read("a: [b, ]]\n")));
        assertTrue(problem(read("a: \"\\ud800\"\n")).contains("U+D800"), "a lone surrogate is no character");
        assertTrue(problem(read("a: x\u202Ey\n")).contains("U+202E"), "a right-to-left override could hide text");
        assertTrue(read("a: \"\\U0001F600 和 \u6587\"\n").ok(), "a pair written as an escape is one character");
        assertTrue(problem(read("a: b: c\n")).startsWith("1:5 a \"key: value\" where none may stand"));
        assertTrue(problem(read("a: \"open\n")).contains("a quote is not closed"));
        assertEquals("1:4 a value cannot start with @: put the whole value in quotes", problem(read("a: @x\n")));
        assertTrue(problem(read("a:\n  - 1\n  b: 2\n")).startsWith("3:3 the indentation does not line up with the lines above (expected <block end>"));
        assertEquals("2:1 an extra \"]\": a [ ] or { } pair does not match", problem(read("a: 1\n]\n")));
        assertTrue(problem(read("a: [b]c\n")).startsWith("1:7 YAML syntax error: "), "any other error keeps the parser's words");
    }

    @Test
    void refusesFilesAboveTheSizeLimit(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[Limits.MAX_FILE_BYTES + 1]);
        String p = problem(YamlReader.read(big, "big.yaml"));
        assertTrue(p.contains("above the limit"), p);
        String missing = problem(YamlReader.read(dir.resolve("absent.yaml"), "absent.yaml"));
        assertEquals("1:1 no such file or folder", missing);
        Path atLimit = dir.resolve("limit.yaml");
        String comment = "#" + "x".repeat(1022) + "\n";
        String text = "a: 1\n" + comment.repeat((Limits.MAX_FILE_BYTES - 5) / comment.length());
        Files.writeString(atLimit, text + "#".repeat(Limits.MAX_FILE_BYTES - text.length()), StandardCharsets.UTF_8);
        assertEquals(Limits.MAX_FILE_BYTES, Files.size(atLimit));
        assertTrue(YamlReader.read(atLimit, "limit.yaml").ok(), "a file of exactly the limit is read whole");
    }

    @Test
    void readsAFileThatIsLongerThanItsRecordedSize() {
        // /proc files say they are empty and are not: what the attributes said is only a first guess
        Path proc = Path.of("/proc/self/status");
        assumeTrue(Files.isRegularFile(proc));
        String p = problem(YamlReader.read(proc, "status"));
        assertTrue(p.startsWith("1:6 a tab character"), "the tab after \"Name:\" was read: " + p);
    }

    @Test
    void attributesReadEarlierAreAGuessForTheSizeAndTheTruthForTheKind(@TempDir Path dir) throws IOException {
        // the walk hands on what it read; by the time of the read the file may have grown
        Path f = dir.resolve("d.yaml");
        Files.writeString(f, "a: 1\n");
        BasicFileAttributes walked = Files.readAttributes(f, BasicFileAttributes.class);
        Files.writeString(f, "a: 1\nb: " + "x".repeat(5000) + "\n");
        ReadResult grown = YamlReader.read(f, "d.yaml", walked);
        assertTrue(grown.ok());
        Node.Scalar b = (Node.Scalar) grown.document().root().value("b");
        assertEquals(5000, b.text().length(), "read whole, not to the size the walk saw");
        // what was not a regular file when the walk met it is not opened
        BasicFileAttributes folder = Files.readAttributes(dir, BasicFileAttributes.class);
        assertTrue(problem(YamlReader.read(f, "d.yaml", folder)).startsWith("1:1 not a regular file"));
    }

    @Test
    void typesScalarsAsYamlDoes() {
        Node.Mapping m = read("s: text\ni: 35\nb: true\nn: null\ne:\nq: \"true\"\n").document().root();
        assertEquals(Node.Scalar.Type.STRING, ((Node.Scalar) m.get("s")).type());
        assertEquals(Node.Scalar.Type.INTEGER, ((Node.Scalar) m.get("i")).type());
        assertEquals(Node.Scalar.Type.BOOLEAN, ((Node.Scalar) m.get("b")).type());
        assertTrue(((Node.Scalar) m.get("n")).isNull());
        assertTrue(((Node.Scalar) m.get("e")).isNull());
        assertEquals(Node.Scalar.Type.STRING, ((Node.Scalar) m.get("q")).type());
    }
}
