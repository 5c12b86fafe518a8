package juece.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import juece.read.Node;
import juece.read.ReadResult;
import juece.read.YamlReader;
import juece.text.Lang;

/**
 * The shipped law texts: which instrument a rule's basis names, its English name, and the text of
 * the articles it cites, quoted from the files in {@code juece/law/}. Never a paraphrase: where no
 * verified text ships, there is nothing to quote and callers say so.
 */
public final class Law {
    /** The notes some bases carry instead of an article, in English. */
    private static final Map<String, String> NOTES = Map.of(
            "统一登记、统一编号、统一印发", "unified registration, numbering and issue, 三统一",
            "政策解读", "policy interpretation");

    private static final String FOLDER = "/juece/law/";
    private static final Pattern ARTICLE = Pattern.compile("第([一二三四五六七八九十百零千\\d]+)条(?:第([一二三四五六七八九十]+)款)?(?:第（?([一二三四五六七八九十]+)）?项)?");
    private static final Pattern SECTION = Pattern.compile("（([一二三四五六七八九十]+)）");
    private static final Pattern ITEM = Pattern.compile("第(\\d+)项");
    private static final Pattern RANGE = Pattern.compile("第([一二三四五六七八九十百零]+)条至第([一二三四五六七八九十百零]+)条");
    /** A line that opens an article: "第七十八条 县级以上…". */
    private static final Pattern ARTICLE_LINE = Pattern.compile("^(第[一二三四五六七八九十百零千]+条)[ 　].*");
    /**
     * A line that is no part of any article: a Markdown heading of any level ("## 第四章", "### 第四节 …"),
     * the transcription's comment marker, or a chapter, section or part heading written without "#".
     */
    private static final Pattern NOT_ARTICLE_TEXT = Pattern.compile("^(#|<!--|第[一二三四五六七八九十百零千]+[编章节]([ 　].*)?$).*");

    /** Loaded on first use: a Chinese report renders bases as written and never needs it. */
    private static final class Holder {
        static final Law INSTANCE = new Law();
    }

    private final List<Instrument> instruments;
    private final Map<String, List<String>> texts = new ConcurrentHashMap<>();

    private Law() {
        try (InputStream in = Law.class.getResourceAsStream(FOLDER + "instruments.yaml")) {
            ReadResult read = YamlReader.parse("instruments.yaml", in.readAllBytes());
            if (!read.ok() || !(read.document().root().get("instruments") instanceof Node.Seq seq)) {
                throw new IllegalStateException("the bundled instruments.yaml is broken: " + read.problems());
            }
            List<Instrument> list = new ArrayList<>();
            for (Node item : seq.items()) {
                Node.Mapping m = (Node.Mapping) item;
                list.add(new Instrument(text(m, "short"), text(m, "title"), text(m, "en"), text(m, "number"),
                        text(m, "dates"), text(m, "file"), text(m, "tag")));
            }
            instruments = List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Node.Mapping m, String key) {
        return m.value(key) instanceof Node.Scalar s ? s.text() : "";
    }

    public static Law get() {
        return Holder.INSTANCE;
    }

    public List<Instrument> instruments() {
        return instruments;
    }

    /** The parts of a basis such as "重大行政决策程序暂行条例 第十八条、第二十九条；规则档案参数 filing_days". */
    public List<Citation> cite(String basis) {
        List<Citation> out = new ArrayList<>();
        for (String part : basis.split("；")) {
            String p = part.strip();
            Instrument instrument = instruments.stream().filter(i -> p.startsWith(i.shortName()))
                    .max((a, b) -> Integer.compare(a.shortName().length(), b.shortName().length())).orElse(null);
            String rest = instrument == null ? p : p.substring(instrument.shortName().length()).strip();
            out.add(new Citation(p, instrument, articles(rest)));
        }
        return out;
    }

    private static List<String> articles(String rest) {
        List<String> out = new ArrayList<>();
        Matcher range = RANGE.matcher(rest);
        if (range.find()) {
            int from = ChineseNumber.parse(range.group(1));
            int to = ChineseNumber.parse(range.group(2));
            for (int n = from; n <= to; n++) {
                out.add("第" + n + "条");
            }
            return out;
        }
        for (Matcher m = ARTICLE.matcher(rest); m.find(); ) {
            out.add(m.group());
        }
        if (out.isEmpty()) {
            for (Matcher m = SECTION.matcher(rest); m.find(); ) {
                out.add(m.group());
            }
            for (Matcher m = ITEM.matcher(rest); m.find(); ) {
                out.add(m.group());
            }
        }
        return out;
    }

    /**
     * The text of one cited article or section, if the instrument's text ships; paragraphs joined by
     * newlines. The text runs from the article's own line to the line before the next article or the
     * next heading of any level, so a chapter or section title that follows never leaks into a quote.
     */
    public Optional<String> text(Instrument instrument, String article) {
        if (instrument == null || instrument.file() == null || instrument.file().isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = texts.computeIfAbsent(instrument.file(), Law::read);
        String heading = heading(article);
        List<String> found = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            String l = line.strip();
            if (!in) {
                if (l.startsWith(heading + " ") || l.startsWith(heading + "　") || l.equals("## " + heading)) {
                    in = true;
                    found.add(l.startsWith("## ") ? heading : l);
                }
                continue;
            }
            if (ARTICLE_LINE.matcher(l).matches() || NOT_ARTICLE_TEXT.matcher(l).matches()) {
                break;
            }
            if (!l.isEmpty()) {
                found.add(l);
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", found));
    }

    /**
     * Every article (or, in an excerpt, every "## " section) of an instrument's shipped text, in the
     * order of the text: "第一条", "第二条", …, or "（三）", "第24项". Empty when no text ships.
     */
    public List<String> articles(Instrument instrument) {
        if (instrument == null || instrument.file() == null || instrument.file().isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        boolean excerpt = instrument.file().contains("节选");
        for (String line : texts.computeIfAbsent(instrument.file(), Law::read)) {
            String l = line.strip();
            Matcher m = ARTICLE_LINE.matcher(l);
            if (m.matches()) {
                out.add(m.group(1));
            } else if (excerpt && l.startsWith("## ")) {
                out.add(l.substring(3).strip());
            }
        }
        return List.copyOf(out);
    }

    /** The instrument a short name (as rule metadata writes it) stands for. */
    public Optional<Instrument> instrument(String shortName) {
        return instruments.stream().filter(i -> i.shortName().equals(shortName)).findFirst();
    }

    /**
     * The article a citation falls under, as the shipped text heads it: "第三十条第二款" → "第三十条",
     * "第26条" → "第二十六条"; "（五）" and "第24项" (headings of excerpts) stay as they are.
     */
    public static String articleOf(String cited) {
        return heading(cited);
    }

    /** "第二十五条第二款" is quoted as the whole 第二十五条; "第24项" and "（五）" are headings of excerpts. */
    private static String heading(String article) {
        Matcher m = ARTICLE.matcher(article);
        if (m.matches()) {
            String n = m.group(1);
            return "第" + (n.chars().allMatch(Character::isDigit) ? chinese(Integer.parseInt(n)) : n) + "条";
        }
        return article;
    }

    private static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        StringBuilder b = new StringBuilder();
        int hundreds = n / 100;
        int tens = (n / 10) % 10;
        int ones = n % 10;
        if (hundreds > 0) {
            b.append(digits.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                b.append('零');
            }
        }
        if (tens > 0) {
            if (!(hundreds == 0 && tens == 1)) {
                b.append(digits.charAt(tens));
            }
            b.append('十');
        }
        if (ones > 0 || n == 0) {
            b.append(digits.charAt(ones));
        }
        return b.toString();
    }

    private static List<String> read(String file) {
        try (InputStream in = Law.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("shipped law text missing: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A basis as a reader of {@code lang} needs it: English adds the instrument's English name and "Art. N(p)". */
    public static String render(String basis, Lang lang) {
        if (lang == Lang.ZH) {
            return basis;
        }
        return get().cite(basis).stream().map(Law::english).collect(Collectors.joining("; "));
    }

    /** How an English reader refers to one cited article or section: "Art. 30(2)", "§(5)", "item 24"; "" for anything else. */
    public static String english(String article) {
        Matcher m = ARTICLE.matcher(article);
        Matcher s = SECTION.matcher(article);
        Matcher i = ITEM.matcher(article);
        if (m.matches()) {
            return "Art. " + ChineseNumber.parse(m.group(1)) + (m.group(2) == null ? "" : "(" + ChineseNumber.parse(m.group(2)) + ")");
        }
        if (s.matches()) {
            return "§(" + ChineseNumber.parse(s.group(1)) + ")";
        }
        return i.matches() ? "item " + i.group(1) : "";
    }

    private static String english(Citation c) {
        if (c.instrument() == null) {
            return c.text().replace("规则档案参数", "profile parameter").replace("档案格式", "dossier format")
                    .replace("文件规定的有效期", "the validity the document sets")
                    .replace("、", ", ").replace("（", " (").replace("）", ")");
        }
        List<String> refs = new ArrayList<>();
        for (String a : c.articles()) {
            Matcher m = ARTICLE.matcher(a);
            Matcher s = SECTION.matcher(a);
            Matcher i = ITEM.matcher(a);
            if (m.matches()) {
                String ref = String.valueOf(ChineseNumber.parse(m.group(1)));
                if (m.group(2) != null) {
                    ref += "(" + ChineseNumber.parse(m.group(2)) + ")";
                }
                refs.add(ref);
            } else if (s.matches()) {
                refs.add("§(" + ChineseNumber.parse(s.group(1)) + ")");
            } else if (i.matches()) {
                refs.add("item " + i.group(1));
            }
        }
        String name = c.instrument().en() + " (" + c.instrument().shortName() + ")";
        if (refs.isEmpty()) {
            String note = c.text().substring(c.instrument().shortName().length()).strip().replaceAll("^（(.*)）$", "$1");
            return note.isEmpty() ? name : name + " (" + NOTES.getOrDefault(note, note) + ")";
        }
        boolean articles = refs.stream().allMatch(r -> Character.isDigit(r.charAt(0)));
        return name + ", " + (articles ? (refs.size() > 1 ? "Arts. " : "Art. ") : "") + String.join(", ", refs);
    }
}
