package juece.report;

import static juece.text.Texts.get;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import juece.catalog.Catalog;
import juece.findings.DossierResult;
import juece.findings.EvidenceRecord;
import juece.findings.Finding;
import juece.findings.RunReport;
import juece.findings.Summary;
import juece.law.Citation;
import juece.law.Law;
import juece.text.Args;
import juece.text.Lang;

/**
 * One self-contained HTML page (no script, no network): the run's summary, then each dossier with a
 * timeline picture of its steps and its findings, each with the text of the article it breaks.
 * Every value from a dossier goes through the templates' HTML escaping; the timeline's SVG escapes
 * its own text.
 */
public final class HtmlReporter implements Reporter {
    private static final Template HEAD = load("report-head");
    private static final Template DOSSIER = load("report-dossier");
    private static final Template FOOT = load("report-foot");

    private OutputStream out;
    private Lang lang;
    private RunReport.Tool tool;
    private Map<String, String> labels;
    private Spill spill;
    private Writer sections;
    private int index;
    private final Set<String> profiles = new TreeSet<>();
    private final Map<String, List<String>> articles = new HashMap<>();

    private static Template load(String name) {
        try (InputStream in = HtmlReporter.class.getResourceAsStream("/juece/report/" + name + ".html.mustache")) {
            return Mustache.compiler().escapeHTML(true).defaultValue("").compile(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void start(RunReport.Tool tool, Catalog catalog, Lang lang, OutputStream out) {
        this.out = out;
        this.lang = lang;
        this.tool = tool;
        labels = new HashMap<>();
        for (String k : List.of("dossiers", "passed", "failed", "invalid", "error", "warning", "info", "waived", "where",
                "severity", "rule", "message", "basis", "article", "none", "footer", "profile", "records", "due")) {
            labels.put(k, get("html." + k, lang));
        }
        spill = new Spill();
        sections = new OutputStreamWriter(spill.stream, StandardCharsets.UTF_8);
    }

    @Override
    public void dossier(DossierResult d) {
        if (d.profile() != null) {
            profiles.add(d.profile());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("labels", labels);
        m.put("anchor", "d" + index++);
        String status = status(d);
        m.put("status", status);
        m.put("statusLabel", get((status.equals(d.status().id()) ? "report.status." : "html.status.") + status, lang));
        m.put("heading", d.heading());
        m.put("file", d.file());
        m.put("kind", d.kind() == null ? null : d.kind().label(lang));
        m.put("profile", d.profile());
        m.put("timeline", d.timeline() == null ? "" : SvgTimeline.render(d.timeline(), lang));
        List<Map<String, Object>> due = new ArrayList<>();
        if (d.timeline() != null) {
            for (juece.findings.Timeline.Due u : d.timeline().due()) {
                due.add(Map.of("date", u.date() == null ? "" : u.date().toString(), "text", u.text().render(lang)));
            }
        }
        m.put("due", due);
        m.put("hasDue", !due.isEmpty());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : d.findings()) {
            Map<String, Object> fm = new HashMap<>();
            fm.put("severity", f.severity().id());
            fm.put("severityLabel", f.severity().label(lang));
            fm.put("rule", f.ruleId());
            fm.put("line", f.position().line());
            fm.put("column", f.position().column());
            fm.put("message", f.message(lang));
            fm.put("waived", f.waived());
            fm.put("waiver", f.waived() ? juece.text.Template.fill(get("html.waiver", lang), Args.of("reason",
                    f.waiver().reason(), "basis", f.waiver().basis(), "approvedBy", f.waiver().approvedBy(),
                    "expires", f.waiver().expires()), lang) : null);
            fm.put("basis", Law.render(f.basis(), lang));
            List<String> texts = articles.computeIfAbsent(f.basis(), HtmlReporter::articleTexts);
            fm.put("articles", texts);
            fm.put("hasArticles", !texts.isEmpty());
            findings.add(fm);
        }
        m.put("findings", findings);
        m.put("hasFindings", !findings.isEmpty());
        List<Map<String, Object>> records = new ArrayList<>();
        for (EvidenceRecord e : d.evidence()) {
            if (e.url() != null) {
                // only an address that is a web page's: the mustache escapes it, the scheme keeps script: out
                records.add(Map.of("title", e.title() == null ? e.id() : e.title(), "url", e.url()));
            }
        }
        m.put("records", records);
        m.put("hasRecords", !records.isEmpty());
        DOSSIER.execute(m, sections);
    }

    /** The head carries the counts, so it is written when they are known; the dossier sections follow. */
    @Override
    public void finish(Summary s) throws IOException {
        sections.flush();
        Map<String, Object> page = new HashMap<>();
        page.put("htmlLang", lang == Lang.ZH ? "zh-CN" : "en");
        page.put("version", tool.version());
        page.put("title", get("html.title", lang));
        page.put("summary", TextReporter.summary(tool, s, profiles, lang));
        page.put("labels", labels);
        page.put("counts", Map.of("dossiers", s.dossiers(), "passed", s.passed(), "failed", s.failed(), "invalid",
                s.invalid(), "error", s.error(), "warning", s.warning(), "info", s.info(), "waived", s.waived()));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        HEAD.execute(page, w);
        w.flush();
        spill.copyTo(out, 0);
        FOOT.execute(page, w);
        w.flush();
        spill.close();
    }

    /**
     * {@code pass}, {@code fail} or {@code invalid}; a dossier that passes with findings left that are
     * not waived (below --fail-on) is {@code pass-} and the gravest of them, so that it is not shown
     * as clean: {@code pass-warning}, {@code pass-info}, or {@code pass-error} under --fail-on none.
     */
    static String status(DossierResult d) {
        if (d.status() != DossierResult.Status.PASS) {
            return d.status().id();
        }
        return d.findings().stream().filter(f -> !f.waived()).map(Finding::severity).min(java.util.Comparator.naturalOrder())
                .map(s -> "pass-" + s.id()).orElse(d.status().id());
    }

    /** The texts of the articles a basis cites, each headed by its instrument's full title. */
    private static List<String> articleTexts(String basis) {
        List<String> texts = new ArrayList<>();
        for (Citation c : Law.get().cite(basis)) {
            for (String a : c.articles()) {
                Law.get().text(c.instrument(), a).ifPresent(t -> texts.add("《" + c.instrument().title() + "》\n" + t));
            }
        }
        return texts;
    }
}
