package juece.ledger;

import static juece.text.Texts.msg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import juece.catalog.Severity;
import juece.facts.Step;
import juece.facts.Vocabulary;
import juece.findings.DossierResult;
import juece.findings.Finding;
import juece.read.Attachments;
import juece.read.Position;
import juece.read.Source;
import juece.text.Lang;
import juece.text.Message;
import juece.validate.DossierFormat;
import juece.validate.Field;
import juece.validate.Shape;

/**
 * One ledger a run reads: its name, where its columns are, the facts no column of it gives (the
 * <em>implied</em> unknowns, the same for every row), and what it says of each row beside the
 * dossier (the document's force). Its rows' {@code record/unknown} findings about implied unknowns
 * are taken out of the rows and said once, in the ledger's notice ({@link #notice}).
 */
public final class Ledger {
    /** The SPEC §4 id of the finding a value written unknown gives when it keeps a rule from concluding. */
    public static final String RECORD_UNKNOWN = "record/unknown";
    /** The SPEC §4 id of a step recorded without evidence: a ledger row cites none. */
    static final String EVIDENCE_MISSING = "evidence/missing";

    private final String name;
    private final String base;
    private final Source source;
    private Layout layout;
    private int rows;
    /** Paths written unknown because no column gives them: added to while rows are read. */
    final Set<String> implied = ConcurrentHashMap.newKeySet();
    private final Map<Integer, RowTree.RowInfo> infos = new ConcurrentHashMap<>();
    /** Per implied path, how many rows had a rule it kept from concluding: counted as results come back. */
    private final Map<String, Integer> collapsed = new TreeMap<>();
    /** The rules the implied unknowns kept from concluding, in any row. */
    private final Set<String> notJudged = new TreeSet<>();
    /** Rows whose recorded steps cite no evidence: a ledger cites none. */
    private int withoutEvidence;

    Ledger(String name, String base) {
        this.name = name;
        this.base = base;
        this.source = new Source(name, Attachments.NONE);
    }

    /** The ledger's name in reports (the path as given). */
    public String name() {
        return name;
    }

    Source source() {
        return source;
    }

    void layout(Layout l) {
        layout = l;
    }

    Layout layout() {
        return layout;
    }

    /** Whether its header was found (the ledger could be read as one). */
    public boolean read() {
        return layout != null;
    }

    /** The data rows handed to the road. */
    public int rows() {
        return rows;
    }

    void counted(int row, RowTree.RowInfo info) {
        rows++;
        if (info != null) {
            infos.put(row, info);
        }
    }

    /** The id of a row without a 文号: the ledger's file name and the row, stable while the row stays where it is. */
    String syntheticId(int row) {
        return base + "#" + row;
    }

    /** The columns it has, by their SPEC keys. */
    public List<String> columns() {
        return layout == null ? List.of() : layout.present().stream().map(Column::key).toList();
    }

    /** The columns SPEC §10.2 lists that it lacks (成文日期 standing in for 发布日期, 有效期 for 有效期至). */
    public List<Column> missing() {
        List<Column> missing = new ArrayList<>();
        if (layout == null) {
            return missing;
        }
        for (Column c : Column.values()) {
            boolean stands = c == Column.PUBLISHED && layout.has(Column.ISSUED) || c == Column.EXPIRES && layout.has(Column.VALIDITY);
            // 类型 defaults to a normative document, 是否试行 is read from the title, the rest are not facts of the dossier
            boolean optional = c == Column.ISSUED || c == Column.VALIDITY || c == Column.STATUS || c == Column.ABOLISHED
                    || c == Column.KIND || c == Column.TRIAL && layout.has(Column.TITLE);
            if (!layout.has(c) && !stands && !optional) {
                missing.add(c);
            }
        }
        return missing;
    }

    /** Whether it says each document's force (有效性). */
    public boolean hasStatus() {
        return layout != null && layout.has(Column.STATUS);
    }

    /** What it says of row {@code line} beside the dossier, or null. */
    public Status status(int line) {
        RowTree.RowInfo i = infos.get(line);
        return i == null || i.status() == null ? null : Status.valueOf(i.status().name());
    }

    /** When it says row {@code line}'s document was abolished or declared invalid, or null. */
    public LocalDate abolished(int line) {
        RowTree.RowInfo i = infos.get(line);
        return i == null ? null : i.abolished();
    }

    /** A document's force as a ledger states it. */
    public enum Status {
        IN_FORCE, EXPIRED, ABOLISHED
    }

    /** Whether {@code path} is, or lies below, a value written unknown because no column gives it. */
    boolean impliedCovers(String path) {
        if (implied.contains(path)) {
            return true;
        }
        for (int i = path.length() - 1; i > 0; i--) {
            char c = path.charAt(i);
            if ((c == '.' || c == '[') && implied.contains(path.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A row's result without what the ledger as a whole explains, which the notice says once
     * instead: the {@code record/unknown} findings about implied unknowns, and {@code evidence/missing}
     * (no ledger cites evidence for the steps it dates). The row's status follows what is left.
     */
    DossierResult collapse(DossierResult r, Severity failOn) {
        if (r.status() == DossierResult.Status.INVALID) {
            return r;
        }
        List<Finding> kept = new ArrayList<>(r.findings().size());
        Map<String, Boolean> seen = new HashMap<>();
        boolean evidence = false;
        for (Finding f : r.findings()) {
            if (f.ruleId().equals(RECORD_UNKNOWN) && impliedCovers(f.path())) {
                if (seen.put(f.path(), Boolean.TRUE) == null) {
                    collapsed.merge(f.path(), 1, Integer::sum);
                }
                notJudged.addAll(f.notJudged());
            } else if (f.ruleId().equals(EVIDENCE_MISSING)) {
                evidence = true;
            } else {
                kept.add(f);
            }
        }
        if (evidence) {
            withoutEvidence++;
        }
        if (kept.size() == r.findings().size()) {
            return r;
        }
        boolean fails = kept.stream().anyMatch(f -> f.fails(failOn));
        return new DossierResult(r.file(), r.id(), r.idPosition(), r.kind(), r.title(), r.profile(),
                fails ? DossierResult.Status.FAIL : DossierResult.Status.PASS, kept, r.timeline(), r.evidence());
    }

    /**
     * The ledger's notice, once, after its rows: the headers it could not use, the columns it lacks
     * and the facts its rows therefore leave unknown, with how many rows a rule could not judge for
     * want of each; or null when there is nothing to say.
     */
    DossierResult notice() {
        if (layout == null) {
            return null;
        }
        List<Finding> findings = new ArrayList<>();
        for (Layout.Unused u : layout.unused) {
            Message m = u.duplicateOf() != null
                    ? msg("ledger.notice.duplicate", "header", u.header(), "column", u.duplicateOf().header(), "first", u.firstColumn())
                    : msg("ledger.notice.unrecognised", "header", u.header(),
                            "hint", u.nearest() == null ? Message.literal("") : msg("ledger.notice.hint", "header", u.nearest()));
            findings.add(finding(new Position(layout.headerRow, u.column()), m));
        }
        Position at = new Position(layout.headerRow, 1);
        if (rows == 0) {
            findings.add(finding(at, msg("ledger.notice.no-rows")));
        }
        List<Column> missing = missing();
        if (withoutEvidence > 0) {
            findings.add(finding(at, msg("ledger.notice.evidence", "rows", withoutEvidence)));
        }
        if (!collapsed.isEmpty() || !missing.isEmpty() && rows > 0) {
            Map<String, Integer> facts = new TreeMap<>(collapsed);
            Lister missingList = lang -> String.join(lang == Lang.ZH ? "、" : ", ", missing.stream()
                    .map(c -> lang == Lang.ZH ? c.header() : c.key()).toList());
            Lister factList = lang -> {
                List<String> parts = new ArrayList<>();
                facts.forEach((path, n) -> parts.add(label(path, lang) + (lang == Lang.ZH ? "（" + n + "行）" : " (" + n + (n == 1 ? " row)" : " rows)"))));
                return String.join(lang == Lang.ZH ? "、" : "; ", parts);
            };
            List<String> rules = List.copyOf(notJudged);
            Message m = lang -> msg(facts.isEmpty() ? "ledger.notice.missing" : missing.isEmpty() ? "ledger.notice.unknowns"
                    : "ledger.notice.missing-and-unknowns", "rows", rows, "missing", missingList.list(lang), "facts", factList.list(lang),
                    "rules", String.join(lang == Lang.ZH ? "、" : ", ", rules)).render(lang);
            findings.add(finding(at, m));
        }
        if (findings.isEmpty()) {
            return null;
        }
        findings.sort(juece.findings.Findings.ORDER);
        return new DossierResult(name, null, null, null, null, null, DossierResult.Status.PASS, findings, null, List.of());
    }

    @FunctionalInterface
    private interface Lister {
        String list(Lang lang);
    }

    private Finding finding(Position at, Message m) {
        return new Finding(name, null, Ledgers.NOTICE, Ledgers.NOTICE.basis(), "", at, m, null);
    }

    /** A path as a person names it: the step (合法性审查), then the field (送请合法性审查日). */
    static String label(String path, Lang lang) {
        String[] keys = path.split("\\.");
        StringBuilder out = new StringBuilder();
        Shape shape = DossierFormat.ROOT;
        for (int i = 0; i < keys.length; i++) {
            Field f = shape instanceof Shape.Obj o ? o.field(keys[i]) : null;
            String part;
            if (i == 0) {
                part = Vocabulary.parse(Step.class, keys[i]).map(s -> s.label(lang)).orElse(null);
                if (part == null) {
                    part = f == null ? keys[i] : short_(lang == Lang.ZH ? f.zh() : f.en());
                }
            } else {
                part = f == null ? keys[i] : short_(lang == Lang.ZH ? f.zh() : f.en());
            }
            if (i > 0) {
                out.append(lang == Lang.ZH ? "·" : ": ");
            }
            out.append(part);
            shape = f == null ? null : f.shape();
        }
        return out.toString();
    }

    /** A field's description up to its first remark in brackets. */
    private static String short_(String description) {
        int cut = description.indexOf('（');
        if (cut < 0) {
            cut = description.indexOf(" (");
        }
        return cut > 0 ? description.substring(0, cut) : description;
    }
}
