package juece.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import juece.bench.Generator;
import juece.hostile.Mutations;
import juece.text.Lang;
import org.junit.jupiter.api.Test;

/**
 * The fast reader's contract: whenever {@link BlockYaml} returns a tree, the full parser returns
 * the same tree — same order, types, texts and positions; and whenever the full parser refuses a
 * text, the fast reader steps aside. Checked over every dossier in the repository, generated
 * dossiers, tricky spellings, and mutated inputs ({@code -Djuece.fuzz.inputs}, default 4,000;
 * {@code -Djuece.fuzz.seed}).
 */
class BlockYamlTest {
    private static final Source SOURCE = Source.file(Path.of("t.yaml"), "t.yaml");

    /** The tree with everything the equality of records would miss: entry order. */
    private static String dump(Node n) {
        StringBuilder sb = new StringBuilder();
        dump(n, sb);
        return sb.toString();
    }

    private static void dump(Node n, StringBuilder sb) {
        if (n instanceof Node.Scalar s) {
            sb.append(s.type()).append('(').append(s.text()).append(")@").append(s.position());
        } else if (n instanceof Node.Seq q) {
            sb.append("[@").append(q.position());
            for (Node item : q.items()) {
                sb.append(' ');
                dump(item, sb);
            }
            sb.append(']');
        } else if (n instanceof Node.Mapping m) {
            sb.append("{@").append(m.position());
            for (Map.Entry<String, Node.Entry> e : m.entries().entrySet()) {
                sb.append(' ').append(e.getKey()).append('@').append(e.getValue().keyPosition()).append('=');
                dump(e.getValue().value(), sb);
            }
            sb.append('}');
        }
    }

    private static String read(String text, boolean fastPath) {
        ReadResult r = YamlReader.parse(SOURCE, text.getBytes(StandardCharsets.UTF_8), fastPath);
        return r.ok() ? dump(r.document().root())
                : "refused: " + r.problems().get(0).position() + " " + r.problems().get(0).message().render(Lang.EN);
    }

    /** Asserts the contract for one text; true when the fast reader took it. */
    private static boolean agrees(String text) {
        assertEquals(read(text, false), read(text, true), () -> "fast and full readers disagree on:\n" + text);
        return BlockYaml.read(text) != null && !read(text, false).startsWith("refused");
    }

    private static List<String> repositoryDossiers() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("cases"), Path.of("cases-invalid"), Path.of("src/test/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    @Test
    void readsTheRepositorysDossiersAsTheFullParserDoes() throws IOException {
        List<String> texts = repositoryDossiers();
        int fast = 0;
        for (String text : texts) {
            fast += agrees(text) ? 1 : 0;
        }
        // the point of the fast reader: dossiers as people write them take it
        assertTrue(fast >= texts.size() * 9 / 10, "fast path taken for " + fast + " of " + texts.size());
    }

    @Test
    void readsGeneratedDossiers() {
        for (int i = 0; i < 300; i++) {
            assertTrue(agrees(Generator.dossier(i, 7)), "generated dossier " + i + " takes the fast path");
        }
    }

    @Test
    void typesAndPlacesScalarsAsJacksonDoes() {
        String[] values = {"plain text", "中文 文本", "12", "0", "true", "false", "null", "~", "2024-02-30", "2024-2-3",
            "'quoted'", "\"double\"", "''", "\"\"", "'it''s'", "a#b", "a # comment", "http://x.cn/a", "10:30", "012",
            "0x1F", "1_000", "1e5", "3.5", ".inf", "yes", "No", "on", "True", "NULL", "Null", "[]", "{}", "[a, 'b', 2]",
            "{k: v, n: [1, 2]}", "[a, [b, {c: d}]]", "{a: 1, a: 2}", "[a,b]", "[ a , b ]", "{ k: v }", "[a, ]", "[a b]",
            "-1", "- x", "'open", "\"esc\\n\"", "&a x", "*a", "!!str x", "|", ">", "a: b", "a:b", "% x", "@x", "`x`",
            "x   ", "[ ]", "{ }", "\u3000全角空格\u3000", "a\u00A0b\u00A0", "3个月", "2024-06-30T10:00", "1.0", "=", "=cmd", "<<", "+1", ".5", "[x] # c", "[x] y", "{k: v} # c", "2024-03-01 # 日期", "'a' b", "\"a\" # c", "{k:v}", "{k: }", "[a,, b]"};
        for (String v : values) {
            agrees("k: " + v + "\n");
            agrees("list:\n  - " + v + "\n  - x\n");
            agrees("m:\n  a: 1\n  b: " + v + "\nz: 0\n");
        }
    }

    @Test
    void followsBlockStructureAndLineEnds() {
        String[] texts = {
            "a:\nb: 1\n", "a:\n", "a:   # c\nb:\n  # c\n  c: 1\n", "a:\n- x\n- y\nb: 2\n", "a:\n  - x\n  - y\nb: 2\n",
            "a:\n  - k: 1\n    j: 2\n  - k: 3\n", "- a\n", "a: 1\n  b: 2\n", "a:\n  b: 1\n c: 2\n", "a:\n  b: 1\n   c: 2\n",
            "a: x\n  y\n", "a:\n  x\n", "a:\n- x\n  y: 1\n", "a: 1\r\nb:\r\n  c: 2\r\n", "a: 1\rb: 2\n", "a: 1\n---\nb: 2\n",
            "---\na: 1\n", "a: 1\n...\n", "%YAML 1.1\n---\na: 1\n", "a:\n  -\n    b: 1\n", "a:\n  - - x\n", "a: 1\nb: 2", "\n\n# c\na: 1\n\n",
            "a: 1\na: 2\n", "a:\n  b:\n    c:\n      d: [1, {e: f}]\n", "  a: 1\n  b: 2\n", "  a: 1\nb: 2\n", "a: 1\n- x\n",
            "a:\n  - x\n  b: 1\n", "a: 'x\n  y'\n", "a: \"x\n  y\"\n", "a: [x,\n  y]\n", "a: {b: 1,\n  c: 2}\n", "true: 1\n",
            "null: 1\n", "yes: 1\n", "a-b: 1\n", "a_b: 1\n", "a.b: 1\n", "名称: 1\n", "\"a\": 1\n", "? a\n: 1\n", "a : 1\n", "a:  1\n",
            "a:\t1\n", "a: 1 \n", "a: x\u2028y\n", "a: \uD83D\uDE00\n", "a:\n\n  b: 1\n", "a:\n  b: 1\n\n  c: 2\n", "a: #c\n", "a:#c\n",
            "a: b #c\nd: e\n", "- x: 1\n", "a:\n  - b: 1\n  - c\n", "a:\n  - b:\n    - x\n", "a:\n  - b:\n      c: 1\n",
        };
        for (String t : texts) {
            agrees(t);
        }
        assertNotNull(BlockYaml.read("a:\n  - k: 1\n    j: [x, y]\nb: {c: d}\n"));
        assertNull(BlockYaml.read("a: &x 1\n"), "anchors go to the full parser, which refuses them");
        assertNull(BlockYaml.read("a: 1\na: 2\n"), "so do duplicate keys");
    }

    @Test
    void agreesOnMutatedDossiers() throws IOException {
        List<String> seeds = repositoryDossiers();
        Random random = new Random(Long.getLong("juece.fuzz.seed", 20261124L));
        int taken = 0;
        int tried = Integer.getInteger("juece.fuzz.inputs", 4000);
        for (int i = 0; i < tried; i++) {
            taken += agrees(Mutations.mutate(seeds.get(random.nextInt(seeds.size())), random, seeds)) ? 1 : 0;
        }
        assertTrue(taken > tried / 4, "mutated inputs the fast reader took: " + taken);
    }
}
