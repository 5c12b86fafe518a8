package juece.report;

import java.util.ArrayList;
import java.util.List;
import juece.findings.DossierResult;
import juece.findings.Finding;
import juece.findings.RunReport;
import juece.law.Law;
import juece.text.Lang;
import juece.text.Texts;

/** The findings of a run as one table, row per finding: what CSV and the XLSX findings sheet both write. */
final class FindingTable {
    static final List<String> COLUMNS = List.of("file", "dossier", "title", "kind", "profile", "status", "rule",
            "severity", "step", "line", "column", "message", "basis", "waived", "waiver_reason", "waiver_basis",
            "waiver_approved_by", "waiver_expires", "as_of");

    private FindingTable() {
    }

    static List<String> headers(Lang lang) {
        return COLUMNS.stream().map(c -> Texts.get("table." + c, lang)).toList();
    }

    /** The rows of one dossier's findings. */
    static List<List<String>> rows(RunReport.Tool tool, DossierResult d, Lang lang) {
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : d.findings()) {
            rows.add(List.of(d.file(), nz(d.id()), nz(d.title()), d.kind() == null ? "" : d.kind().label(lang),
                    nz(d.profile()), Texts.get("report.status." + d.status().id(), lang), f.ruleId(),
                    f.severity().label(lang), f.step().label(lang), String.valueOf(f.position().line()),
                    String.valueOf(f.position().column()), f.message(lang), Law.render(f.basis(), lang),
                    Texts.get(f.waived() ? "table.yes" : "table.no", lang),
                    f.waived() ? nz(f.waiver().reason()) : "", f.waived() ? nz(f.waiver().basis()) : "",
                    f.waived() ? nz(f.waiver().approvedBy()) : "",
                    f.waived() ? f.waiver().expires().toString() : "", tool.asOf().toString()));
        }
        return rows;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
