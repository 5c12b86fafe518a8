package juece.coverage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import juece.catalog.Catalog;
import juece.catalog.RuleMeta;
import juece.catalog.Severity;
import juece.facts.Kind;
import juece.facts.Vocabulary;
import juece.golden.GoldenCase;
import juece.golden.GoldenCases;
import juece.law.Citation;
import juece.law.Instrument;
import juece.law.Law;
import juece.read.Node;
import juece.read.ReadResult;
import juece.read.YamlReader;

/**
 * A map of the law: for every article of 《重大行政决策程序暂行条例》 and every provision the rules cite
 * in the other instruments, the rules that implement it (read from the catalogue's {@code @basis} and
 * {@code @basis_nd}, never a list of ids), the golden cases that make each rule fire on it and those
 * that stay just short (near misses), and, for an article no rule implements, the note that says why.
 */
public final class LawCoverage {
    /** The instrument whose every article is listed, checked or not. */
    public static final String WHOLE = "重大行政决策程序暂行条例";
    private static final String PARAMETERS = "规则档案参数";

    /** A rule (its id) implementing a provision: the parts it cites, its severities, and the cases that show it. */
    public record Implementation(String rule, Set<String> cited, Set<Severity> severities, Set<Kind> kinds,
                                 List<String> cases, List<String> nearMisses) {
    }

    /** One article or section: its text's opening words, the rules on it, or the note on why none. */
    public record Provision(String article, String excerpt, List<Implementation> rules, CoverageNotes.Note note) {
        public boolean checked() {
            return !rules.isEmpty();
        }
    }

    /** An instrument and the provisions listed for it ({@code whole}: every article, else those the rules cite). */
    public record Part(Instrument instrument, boolean whole, List<Provision> provisions) {
        public long checkedCount() {
            return provisions.stream().filter(Provision::checked).count();
        }
    }

    /**
     * A rule resting, wholly or in part, on something that is no article of law: profile parameters
     * (merged into one "规则档案参数 a、b"), the dossier format, the document's own terms.
     */
    public record OtherBasis(String rule, List<String> bases) {
        public OtherBasis {
            bases = List.copyOf(bases);
        }
    }

    /** A note that names a provision a rule cites, or an article the instrument does not have. */
    public record StaleNote(CoverageNotes.Note note, List<String> rules) {
    }

    private final List<Part> parts;
    private final List<OtherBasis> others;
    private final List<StaleNote> stale;
    private final boolean cases;

    private LawCoverage(List<Part> parts, List<OtherBasis> others, List<StaleNote> stale, boolean cases) {
        this.parts = List.copyOf(parts);
        this.others = List.copyOf(others);
        this.stale = List.copyOf(stale);
        this.cases = cases;
    }

    public List<Part> parts() {
        return parts;
    }

    public List<OtherBasis> others() {
        return others;
    }

    /** Notes that no longer fit: the article is now implemented by a rule, or does not exist. */
    public List<StaleNote> stale() {
        return stale;
    }

    /** Whether golden cases were found (a distribution has none). */
    public boolean hasCases() {
        return cases;
    }

    /** Builds the map from the catalogue, the shipped law texts, the notes and the golden cases under {@code casesDir} (may be absent). */
    public static LawCoverage of(Catalog catalog, CoverageNotes notes, Path casesDir) {
        Law law = Law.get();
        // provision (instrument short name → article) → rule id → what the rule's branches cite there
        Map<String, Map<String, Map<String, Builder>>> cited = new LinkedHashMap<>();
        Map<String, Set<String>> otherBases = new LinkedHashMap<>();
        Map<String, Set<String>> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, List<RuleMeta>> id : catalog.ids().entrySet()) {
            for (RuleMeta r : id.getValue()) {
                for (Kind k : r.kinds()) {
                    String basis = r.basisFor(k);
                    if (basis == null) {
                        continue;
                    }
                    for (Citation c : law.cite(basis)) {
                        if (c.instrument() == null) {
                            otherBases.computeIfAbsent(id.getKey(), x -> new LinkedHashSet<>());
                            if (c.text().startsWith(PARAMETERS)) {
                                parameters.computeIfAbsent(id.getKey(), x -> new LinkedHashSet<>())
                                        .addAll(List.of(c.text().substring(PARAMETERS.length()).strip().split("、")));
                            } else {
                                otherBases.get(id.getKey()).add(c.text());
                            }
                            continue;
                        }
                        List<String> articles = c.articles().isEmpty()
                                ? List.of(c.text().substring(c.instrument().shortName().length()).strip()) : c.articles();
                        for (String a : articles) {
                            Builder b = cited.computeIfAbsent(c.instrument().shortName(), x -> new LinkedHashMap<>())
                                    .computeIfAbsent(Law.articleOf(a), x -> new LinkedHashMap<>())
                                    .computeIfAbsent(id.getKey(), x -> new Builder());
                            b.cited.add(a);
                            b.severities.add(r.severity());
                            b.kinds.add(k);
                        }
                    }
                }
            }
        }
        List<Case> golden = cases(casesDir);
        List<Part> parts = new ArrayList<>();
        List<StaleNote> stale = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (Instrument i : law.instruments()) {
            boolean whole = i.shortName().equals(WHOLE);
            Map<String, Map<String, Builder>> byArticle = cited.getOrDefault(i.shortName(), Map.of());
            List<String> order = new ArrayList<>(whole ? law.articles(i) : List.of());
            if (!whole) {
                // the cited provisions in the order of the text, then any the text does not hold
                for (String a : law.articles(i)) {
                    if (byArticle.containsKey(a)) {
                        order.add(a);
                    }
                }
                byArticle.keySet().stream().filter(a -> !order.contains(a)).forEach(order::add);
            }
            if (order.isEmpty()) {
                continue;
            }
            List<Provision> provisions = new ArrayList<>();
            for (String a : order) {
                listed.add(i.shortName() + "\u0000" + a);
                List<Implementation> rules = new ArrayList<>();
                for (Map.Entry<String, Builder> e : byArticle.getOrDefault(a, Map.of()).entrySet()) {
                    rules.add(e.getValue().build(e.getKey(), golden));
                }
                CoverageNotes.Note note = notes.note(i.shortName(), a);
                if (note != null && !rules.isEmpty()) {
                    stale.add(new StaleNote(note, rules.stream().map(Implementation::rule).toList()));
                }
                provisions.add(new Provision(a, excerpt(law, i, a), rules, note));
            }
            parts.add(new Part(i, whole, provisions));
        }
        for (Map<String, CoverageNotes.Note> byArticle : notes.all().values()) {
            for (CoverageNotes.Note n : byArticle.values()) {
                if (!listed.contains(n.instrument() + "\u0000" + n.article())) {
                    stale.add(new StaleNote(n, List.of()));
                }
            }
        }
        List<OtherBasis> others = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : otherBases.entrySet()) {
            List<String> bases = new ArrayList<>();
            if (parameters.containsKey(e.getKey())) {
                bases.add(PARAMETERS + " " + String.join("、", parameters.get(e.getKey())));
            }
            bases.addAll(e.getValue());
            others.add(new OtherBasis(e.getKey(), bases));
        }
        return new LawCoverage(parts, others, stale, !golden.isEmpty());
    }

    /** The opening words of a provision's text (without its number), or "" when no text ships. */
    private static String excerpt(Law law, Instrument i, String article) {
        return law.text(i, article).map(t -> {
            String s = t.replace('\n', ' ');
            if (s.startsWith(article)) {
                s = s.substring(article.length()).strip();
            }
            return s.codePointCount(0, s.length()) <= 40 ? s : s.substring(0, s.offsetByCodePoints(0, 40)) + "……";
        }).orElse("");
    }

    private static final class Builder {
        final Set<String> cited = new LinkedHashSet<>();
        final Set<Severity> severities = EnumSet.noneOf(Severity.class);
        final Set<Kind> kinds = EnumSet.noneOf(Kind.class);

        /** A case shows the rule on this provision when the rule fires (or stays just silent) on a dossier of a kind this provision governs. */
        Implementation build(String rule, List<Case> golden) {
            Set<String> fire = new TreeSet<>();
            Set<String> near = new TreeSet<>();
            for (Case c : golden) {
                if (c.kind != null && !kinds.contains(c.kind)) {
                    continue;
                }
                if (c.fires.contains(rule)) {
                    fire.add(c.name);
                }
                if (c.nearMiss.contains(rule)) {
                    near.add(c.name);
                }
            }
            return new Implementation(rule, cited, severities, kinds, List.copyOf(fire), List.copyOf(near));
        }
    }

    /** A golden case as the map needs it: its folder's name, its dossier's kind, the rules it fires and misses. */
    private record Case(String name, Kind kind, Set<String> fires, Set<String> nearMiss) {
    }

    private static List<Case> cases(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        List<Case> out = new ArrayList<>();
        for (Path folder : GoldenCases.find(dir)) {
            GoldenCase c;
            try {
                c = GoldenCases.read(folder);
            } catch (GoldenCases.BadCase e) {
                continue; // `juece verify` reports a broken case; the map leaves it out
            }
            Set<String> fires = new TreeSet<>();
            c.findings().forEach(f -> fires.add(f.rule()));
            out.add(new Case(dir.relativize(folder).toString().replace('\\', '/'), kindOf(c.dossier()), fires, Set.copyOf(c.nearMiss())));
        }
        return out;
    }

    /** The dossier's kind, or null when the file cannot be read (a case about an invalid dossier). */
    private static Kind kindOf(Path dossier) {
        ReadResult read = YamlReader.read(dossier, dossier.toString());
        if (!read.ok() || !(read.document().root().value("kind") instanceof Node.Scalar s)) {
            return null;
        }
        return Vocabulary.parse(Kind.class, s.text()).orElse(null);
    }

}
