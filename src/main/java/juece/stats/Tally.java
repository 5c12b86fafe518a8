package juece.stats;

import java.text.Collator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import juece.catalog.Catalog;
import juece.catalog.RuleMeta;
import juece.facts.Document;
import juece.facts.Kind;
import juece.findings.DossierResult;
import juece.findings.RunReport;
import juece.ledger.Ledger;
import juece.ledger.Ledgers;
import juece.text.Lang;

/**
 * Adds up the year's figures as the run's results come, keeping only counts and the short
 * references the lists need, so that memory stays flat in the number of dossiers (the join of
 * ledgers and dossiers keeps one small record per document, and only when ledgers are read).
 * Dossiers come before ledger rows (the stats door hands them so): a ledger row that names a
 * document already counted (the same 文号, or id) is the same document, counted once, the dossier's
 * facts first.
 */
final class Tally {
    private static final String UNKNOWN_AUTHORITY = "\u0000unknown";

    private final Judge judge;
    private final Ledgers ledgers;
    private final boolean joining;
    private final boolean byAuthority;
    private final int year;
    /** The profiles the dossiers were checked under (each dossier's own, or the run's). */
    private final java.util.SortedSet<String> profiles = new java.util.TreeSet<>();
    private final long[] num = new long[Indicator.values().length];
    private final long[] den = new long[Indicator.values().length];
    private final long[] unk = new long[Indicator.values().length];
    private final Map<String, long[][]> authorities = new HashMap<>();
    private final Map<Indicator, List<StatsReport.Ref>> shortfalls = new EnumMap<>(Indicator.class);
    private final Map<String, Integer> rules = new HashMap<>();
    private final int[][] months = new int[13][2];
    private int dossiers;
    private int ledgerRows;
    private int countedMd;
    private int countedNd;
    private int otherYears;
    private int invalid;
    private int unknownYear;
    private int excluded;
    private int joined;
    /** The documents read so far, by each key they may be named by (their id, their 文号): only when ledgers are read. */
    private final Map<String, Seen> seen = new HashMap<>();
    private final List<Seen> documents = new ArrayList<>();
    private final List<StatsReport.Ref> unmatchedRows = new ArrayList<>();
    private boolean dossiersRead;

    /** A document read, as the join and the 政府信息公开年报 row need it. */
    private static final class Seen {
        StatsReport.Ref ref;
        boolean fromLedger;
        boolean counted;
        boolean matchedWithRow;
        Kind kind;
        String authority;
        LocalDate published;
        boolean publishedUnknown;
        LocalDate expires;
        Judge.Place expiring;
        Ledger.Status status;
        LocalDate abolished;
    }

    Tally(Judge judge, Ledgers ledgers, boolean joining, boolean byAuthority, int year) {
        this.judge = judge;
        this.ledgers = ledgers;
        this.joining = joining;
        this.byAuthority = byAuthority;
        this.year = year;
        for (Indicator i : Indicator.values()) {
            shortfalls.put(i, new ArrayList<>());
        }
    }

    void add(Checked c) {
        DossierResult r = c.result();
        if (r.profile() != null) {
            profiles.add(r.profile());
        }
        Ledger ledger = ledgers.ledger(r.file());
        if (ledger == null) {
            dossiers++;
            dossiersRead = true;
        } else {
            ledgerRows++;
        }
        int line = r.idPosition() == null ? 0 : r.idPosition().line();
        // a row names its document by its 文号, which is its id: a row whose id the run found taken (no facts) still matches
        Seen match = joining && ledger != null ? match(r, c.facts()) : null;
        if (match != null) {
            joined++;
            if (ledger != null && !match.fromLedger) {
                match.matchedWithRow = true;
                join(match, ledger.status(line), ledger.abolished(line));
            }
            return;
        }
        if (c.facts() == null || r.status() == DossierResult.Status.INVALID) {
            invalid++;
            return;
        }
        View v = new View(c.facts());
        Judge.Evaluation e = judge.evaluate(v, r);
        Ledger.Status status = ledger == null ? null : ledger.status(line);
        if (status == Ledger.Status.ABOLISHED || status == Ledger.Status.EXPIRED) {
            e.places()[Indicator.ND_EXPIRING_NEXT_YEAR.ordinal()] = Judge.Place.OUT; // no longer in force: nothing to expire
        }
        StatsReport.Ref ref = new StatsReport.Ref(r.file(), r.id(), r.title(), line);
        String authority = v.dossier().authority() == null ? UNKNOWN_AUTHORITY : v.dossier().authority();
        switch (e.counting()) {
            case EXCLUDED -> excluded++;
            case OTHER_YEAR -> otherYears++;
            case UNKNOWN_YEAR -> unknownYear++;
            case COUNTED -> {
                if (e.kind() == Kind.MAJOR_DECISION) {
                    countedMd++;
                } else {
                    countedNd++;
                }
                months[e.month()][e.kind() == Kind.MAJOR_DECISION ? 0 : 1]++;
                for (String rule : e.broken()) {
                    rules.merge(rule, 1, Integer::sum);
                }
            }
        }
        long[][] byAuth = byAuthority ? authorities.computeIfAbsent(authority, k -> new long[3][Indicator.values().length]) : null;
        for (Indicator i : Indicator.values()) {
            Judge.Place p = e.place(i);
            switch (p) {
                case NUM -> {
                    num[i.ordinal()]++;
                    den[i.ordinal()]++;
                    if (i == Indicator.ND_EXPIRING_NEXT_YEAR) {
                        shortfalls.get(i).add(ref); // not a shortfall: the list of what to review before it lapses
                    }
                }
                case DEN -> {
                    den[i.ordinal()]++;
                    shortfalls.get(i).add(ref);
                }
                case UNKNOWN -> unk[i.ordinal()]++;
                case OUT -> {
                }
            }
            if (byAuth != null) {
                byAuth[0][i.ordinal()] += p == Judge.Place.NUM ? 1 : 0;
                byAuth[1][i.ordinal()] += p == Judge.Place.NUM || p == Judge.Place.DEN ? 1 : 0;
                byAuth[2][i.ordinal()] += p == Judge.Place.UNKNOWN ? 1 : 0;
            }
        }
        boolean counted = e.counting() == Judge.Counting.COUNTED;
        if (ledger != null && counted && dossiersRead) {
            unmatchedRows.add(ref);
        }
        if (joining) {
            Seen s = new Seen();
            s.ref = ref;
            s.fromLedger = ledger != null;
            s.counted = counted;
            s.kind = e.kind();
            s.authority = authority;
            s.expiring = e.place(Indicator.ND_EXPIRING_NEXT_YEAR);
            if (e.kind() == Kind.NORMATIVE_DOCUMENT) {
                juece.facts.Publication p = v.one(juece.facts.Publication.class);
                s.published = p == null || v.unknown(p, "date") ? null : p.date();
                s.publishedUnknown = p != null && v.unknown(p, "date");
                Document d = v.one(Document.class);
                s.expires = d == null || v.unknown(d, "expires") ? null : d.expires();
            }
            s.status = status;
            s.abolished = ledger == null ? null : ledger.abolished(line);
            documents.add(s);
            for (String key : keys(r, v)) {
                seen.putIfAbsent(key, s);
            }
        }
    }

    /** The document already read that this result names (by id or 文号), or null. */
    private Seen match(DossierResult r, juece.facts.DossierFacts facts) {
        for (String key : keys(r, facts == null ? null : new View(facts))) {
            Seen s = seen.get(key);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** The names a document may be matched by: its id and its 文号, compared as people write them. */
    private static List<String> keys(DossierResult r, View v) {
        List<String> keys = new ArrayList<>(2);
        if (r.id() != null) {
            keys.add(key(r.id()));
        }
        Document d = v == null ? null : v.one(Document.class);
        if (d != null && d.number() != null && !v.unknown(d, "number")) {
            keys.add(key(d.number()));
        }
        return keys;
    }

    /** A 文号 or id as compared: full-width as half-width, every kind of bracket around the year alike, no spaces. */
    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        StringBuilder b = new StringBuilder(n.length());
        for (char ch : n.toCharArray()) {
            b.append(switch (ch) {
                case '[', '(', '【', '［', '〔' -> '〔';
                case ']', ')', '】', '］', '〕' -> '〕';
                default -> ch;
            });
        }
        return b.toString();
    }

    /** A dossier's ledger row arrived: what the row says of the document's force is the dossier's too. */
    private void join(Seen s, Ledger.Status status, LocalDate abolished) {
        if (status != null && s.status == null) {
            s.status = status;
            s.abolished = abolished;
            if ((status == Ledger.Status.ABOLISHED || status == Ledger.Status.EXPIRED) && s.expiring != Judge.Place.OUT) {
                int i = Indicator.ND_EXPIRING_NEXT_YEAR.ordinal();
                if (s.expiring == Judge.Place.NUM) {
                    num[i]--;
                    den[i]--;
                    shortfalls.get(Indicator.ND_EXPIRING_NEXT_YEAR).remove(s.ref);
                } else {
                    unk[i]--;
                }
                long[][] byAuth = byAuthority ? authorities.get(s.authority) : null;
                if (byAuth != null) {
                    byAuth[s.expiring == Judge.Place.NUM ? 0 : 2][i]--;
                    if (s.expiring == Judge.Place.NUM) {
                        byAuth[1][i]--;
                    }
                }
                s.expiring = Judge.Place.OUT;
            }
        }
    }

    StatsReport finish(RunReport.Tool tool, Catalog catalog, Lang lang) {
        List<StatsReport.Figure> figures = figures(num, den, unk, catalog);
        List<StatsReport.RuleCount> ruleCounts = new ArrayList<>();
        rules.forEach((rule, n) -> ruleCounts.add(new StatsReport.RuleCount(rule, n)));
        ruleCounts.sort(Comparator.comparingInt(StatsReport.RuleCount::dossiers).reversed().thenComparing(StatsReport.RuleCount::rule));
        List<StatsReport.AuthorityFigures> byAuth = new ArrayList<>();
        Collator collator = Collator.getInstance(Locale.CHINA);
        Map<String, long[][]> sorted = new TreeMap<>((a, b) -> a.equals(b) ? 0 : a.equals(UNKNOWN_AUTHORITY) ? 1
                : b.equals(UNKNOWN_AUTHORITY) ? -1 : collator.compare(a, b) != 0 ? collator.compare(a, b) : a.compareTo(b));
        sorted.putAll(authorities);
        sorted.forEach((a, counts) -> byAuth.add(new StatsReport.AuthorityFigures(
                a.equals(UNKNOWN_AUTHORITY) ? (lang == Lang.ZH ? "（制定机关未知）" : "(authority unknown)") : a,
                figures(counts[0], counts[1], counts[2], catalog))));
        List<StatsReport.Shortfall> lists = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            if (i.isRate() || i == Indicator.ND_EXPIRING_NEXT_YEAR) {
                lists.add(new StatsReport.Shortfall(i, List.copyOf(shortfalls.get(i))));
            }
        }
        List<StatsReport.Month> monthly = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            monthly.add(new StatsReport.Month(m, months[m][0], months[m][1]));
        }
        List<StatsReport.Ref> unmatchedDossiers = new ArrayList<>();
        boolean ledgersRead = !ledgers.all().isEmpty();
        if (joining && dossiersRead && ledgersRead) {
            for (Seen s : documents) {
                if (!s.fromLedger && s.counted && !s.matchedWithRow) {
                    unmatchedDossiers.add(s.ref);
                }
            }
        }
        List<StatsReport.LedgerSummary> summaries = new ArrayList<>();
        for (Ledger l : ledgers.all()) {
            summaries.add(new StatsReport.LedgerSummary(l.name(), l.rows(), l.columns(), l.missing().stream().map(c -> c.key()).toList()));
        }
        StatsReport.Inputs inputs = new StatsReport.Inputs(dossiers, ledgerRows, countedMd, countedNd, otherYears, invalid,
                unknownYear, excluded, joined);
        return new StatsReport(tool, List.copyOf(profiles), year, inputs, figures, ruleCounts, byAuthority ? byAuth : List.of(), lists, monthly,
                disclosure(figures), new StatsReport.Unmatched(dossiersRead ? List.copyOf(unmatchedRows) : List.of(), unmatchedDossiers),
                summaries, lang);
    }

    /**
     * The 政府信息公开年报 row, when a ledger gives each document's force: 本年制发 = the year's normative
     * documents; 本年废止 = those abolished or declared invalid in the year (the 废止日期, else for one
     * that lapsed its 有效期至); 现行有效 = those in force, published by the end of the year and not
     * expired by then. A document whose force or dates the inputs do not give is unknown.
     */
    private StatsReport.Disclosure disclosure(List<StatsReport.Figure> figures) {
        if (ledgers.all().stream().noneMatch(Ledger::hasStatus) || !joining) {
            return null;
        }
        long abolished = 0;
        long inForce = 0;
        long unknown = 0;
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        for (Seen s : documents) {
            if (s.kind != Kind.NORMATIVE_DOCUMENT) {
                continue;
            }
            boolean publishedByYearEnd = s.published != null && !s.published.isAfter(yearEnd);
            if (s.status == null) {
                unknown += publishedByYearEnd || s.publishedUnknown ? 1 : 0;
            } else if (s.status == Ledger.Status.IN_FORCE) {
                if (s.publishedUnknown) {
                    unknown++;
                } else if (publishedByYearEnd && (s.expires == null || !s.expires.isBefore(yearEnd))) {
                    inForce++;
                }
            } else {
                LocalDate ended = s.abolished != null ? s.abolished : s.status == Ledger.Status.EXPIRED ? s.expires : null;
                if (ended == null) {
                    unknown++;
                } else if (ended.getYear() == year) {
                    abolished++;
                }
            }
        }
        StatsReport.Figure issued = figures.get(Indicator.ND_COUNT.ordinal());
        return new StatsReport.Disclosure(issued.numerator(), abolished, inForce, unknown);
    }

    private static List<StatsReport.Figure> figures(long[] num, long[] den, long[] unk, Catalog catalog) {
        List<StatsReport.Figure> figures = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            int k = i.ordinal();
            figures.add(new StatsReport.Figure(i, num[k], i.isRate() ? den[k] : null, unk[k], basis(i, catalog)));
        }
        return figures;
    }

    /** The indicator's legal basis: its rule's, for the indicator's kind of dossier (metadata declared once). */
    static String basis(Indicator i, Catalog catalog) {
        if (i.rule() == null) {
            return i.ownBasis();
        }
        for (RuleMeta r : catalog.withId(i.rule())) {
            if (r.kinds().contains(i.kind())) {
                return r.basisFor(i.kind());
            }
        }
        throw new IllegalStateException("no rule " + i.rule() + " for " + i.kind());
    }
}
