package juece.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import juece.read.Node;
import juece.read.Position;
import juece.read.ReadResult;
import juece.read.YamlReader;
import juece.text.Lang;

/**
 * Why an article is not checked: the notes of {@code juece/law/coverage-notes.yaml}, written once by a
 * person, keyed by instrument (its short name, as rule metadata writes it) and article ("第一条"). Each
 * note has a kind (purpose, principle, liability, …) and one sentence in Chinese and English.
 */
public final class CoverageNotes {
    /** Where the notes live, for messages that tell a maintainer what to edit. */
    public static final String FILE = "src/main/resources/juece/law/coverage-notes.yaml";
    private static final String RESOURCE = "/juece/law/coverage-notes.yaml";

    /** A kind of reason: "立法目的" / "purpose". */
    public record Kind(String code, String zh, String en) {
        public String label(Lang lang) {
            return lang == Lang.ZH ? zh : en;
        }
    }

    /** One article's reason for not being checked; {@code line} is where it stands in the notes file. */
    public record Note(String instrument, String article, Kind kind, String zh, String en, int line) {
        public String text(Lang lang) {
            return lang == Lang.ZH ? zh : en;
        }
    }

    private final Map<String, Map<String, Note>> notes;

    private CoverageNotes(Map<String, Map<String, Note>> notes) {
        this.notes = notes;
    }

    /** The shipped notes; a broken file is a bug in the build, not the user's input. */
    public static CoverageNotes load() {
        try (InputStream in = CoverageNotes.class.getResourceAsStream(RESOURCE)) {
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CoverageNotes parse(byte[] yaml) {
        ReadResult read = YamlReader.parse("coverage-notes.yaml", yaml);
        if (!read.ok()) {
            throw new IllegalStateException("coverage-notes.yaml: " + read.problems().get(0).position() + " "
                    + read.problems().get(0).message().render(Lang.EN));
        }
        Node.Mapping root = read.document().root();
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (Node.Entry e : mapping(root.get("kinds"), "kinds").entries().values()) {
            Node.Mapping k = mapping(e.value(), "kinds." + e.key());
            kinds.put(e.key(), new Kind(e.key(), text(k, "zh", e.keyPosition()), text(k, "en", e.keyPosition())));
        }
        Map<String, Map<String, Note>> notes = new LinkedHashMap<>();
        for (Node.Entry i : mapping(root.get("instruments"), "instruments").entries().values()) {
            Map<String, Note> articles = new LinkedHashMap<>();
            for (Node.Entry a : mapping(i.value(), i.key()).entries().values()) {
                Node.Mapping n = mapping(a.value(), i.key() + " " + a.key());
                String why = text(n, "why", a.keyPosition());
                Kind kind = kinds.get(why);
                if (kind == null) {
                    throw new IllegalStateException("coverage-notes.yaml:" + a.keyPosition() + " " + i.key() + " " + a.key()
                            + ": unknown kind \"" + why + "\"; the kinds are " + kinds.keySet());
                }
                articles.put(a.key(), new Note(i.key(), a.key(), kind, text(n, "zh", a.keyPosition()), text(n, "en", a.keyPosition()),
                        a.keyPosition().line()));
            }
            notes.put(i.key(), articles);
        }
        return new CoverageNotes(notes);
    }

    private static Node.Mapping mapping(Node n, String where) {
        if (!(n instanceof Node.Mapping m)) {
            throw new IllegalStateException("coverage-notes.yaml: " + where + " must be a mapping");
        }
        return m;
    }

    private static String text(Node.Mapping m, String key, Position at) {
        if (!(m.value(key) instanceof Node.Scalar s) || s.text().isBlank()) {
            throw new IllegalStateException("coverage-notes.yaml:" + at + " needs " + key);
        }
        return s.text();
    }

    /** The note on an article, or null. */
    public Note note(String instrument, String article) {
        return notes.getOrDefault(instrument, Map.of()).get(article);
    }

    /** Every note, by instrument and article, in file order. */
    public Map<String, Map<String, Note>> all() {
        return notes;
    }
}
