package juece.stats;

import static juece.text.Texts.get;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import juece.law.Law;
import juece.report.Escape;
import juece.text.Lang;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The year's figures as a workbook (fastexcel, as the findings workbook): a sheet of indicators,
 * one of the indicators per authority, one of the shortfalls (every document behind each), the
 * rules, the months, and the paragraph. Every text cell is a string (never a formula); rates are
 * numbers formatted as percentages, so that a supervisor can sort and chart them.
 */
final class StatsXlsx {
    private StatsXlsx() {
    }

    static void write(StatsReport r, OutputStream out) throws IOException {
        Lang lang = r.lang();
        Workbook wb = new Workbook(out, "juece", null);
        Worksheet ind = wb.newWorksheet(get("stats.sheet.indicators", lang));
        header(ind, lang, "stats.col.indicator", "stats.col.id", "stats.col.numerator", "stats.col.denominator", "stats.col.rate",
                "stats.col.unknown", "stats.col.basis", "stats.col.benchmark");
        int row = 1;
        for (StatsReport.Figure f : r.indicators()) {
            figure(ind, row++, 0, f, lang);
        }
        widths(ind, 22, 28, 10, 10, 10, 10, 50, 50);
        ind.setAutoFilter(0, 0, Math.max(row - 1, 1), 7);

        Worksheet auth = wb.newWorksheet(get("stats.sheet.authorities", lang));
        header(auth, lang, "stats.col.authority", "stats.col.indicator", "stats.col.id", "stats.col.numerator", "stats.col.denominator",
                "stats.col.rate", "stats.col.unknown");
        row = 1;
        for (StatsReport.AuthorityFigures a : r.byAuthority()) {
            for (StatsReport.Figure f : a.indicators()) {
                text(auth, row, 0, a.authority());
                text(auth, row, 1, f.indicator().label(lang));
                text(auth, row, 2, f.indicator().id());
                numbers(auth, row, 3, f);
                row++;
            }
        }
        widths(auth, 30, 22, 28, 10, 10, 10, 10);
        auth.setAutoFilter(0, 0, Math.max(row - 1, 1), 6);

        Worksheet sf = wb.newWorksheet(get("stats.sheet.shortfalls", lang));
        header(sf, lang, "stats.col.indicator", "stats.col.id", "stats.col.file", "stats.col.line", "stats.col.dossiers", "stats.col.title");
        row = 1;
        for (StatsReport.Shortfall s : r.shortfalls()) {
            for (StatsReport.Ref ref : s.dossiers()) {
                text(sf, row, 0, s.indicator().label(lang));
                text(sf, row, 1, s.indicator().id());
                text(sf, row, 2, ref.file());
                sf.value(row, 3, ref.line());
                text(sf, row, 4, ref.id());
                text(sf, row, 5, ref.title());
                row++;
            }
        }
        for (StatsReport.Ref ref : r.unmatched().rows()) {
            unmatched(sf, row++, get("stats.unmatched.rows", lang), "unmatched.rows", ref);
        }
        for (StatsReport.Ref ref : r.unmatched().dossiers()) {
            unmatched(sf, row++, get("stats.unmatched.dossiers", lang), "unmatched.dossiers", ref);
        }
        widths(sf, 22, 28, 40, 8, 28, 50);
        sf.setAutoFilter(0, 0, Math.max(row - 1, 1), 5);

        Worksheet rules = wb.newWorksheet(get("stats.sheet.rules", lang));
        header(rules, lang, "stats.col.rule", "stats.col.dossiers");
        row = 1;
        for (StatsReport.RuleCount c : r.rules()) {
            text(rules, row, 0, c.rule());
            rules.value(row++, 1, c.dossiers());
        }
        widths(rules, 44, 10);

        Worksheet months = wb.newWorksheet(get("stats.sheet.months", lang));
        header(months, lang, "stats.col.month", "stats.col.md", "stats.col.nd");
        row = 1;
        for (StatsReport.Month m : r.months()) {
            months.value(row, 0, m.month());
            months.value(row, 1, m.majorDecisions());
            months.value(row++, 2, m.normativeDocuments());
        }
        widths(months, 10, 16, 16);

        Worksheet notes = wb.newWorksheet(get("stats.sheet.notes", lang));
        text(notes, 0, 0, StatsText.fill("stats.title", lang, "year", r.year()));
        notes.style(0, 0).bold().set();
        text(notes, 1, 0, StatsText.fill("stats.meta", lang, "version", r.tool().version(), "asOf", r.tool().asOf(), "profile", r.profilesShown(lang)));
        text(notes, 3, 0, Paragraph.of(r));
        notes.style(3, 0).wrapText(true).set();
        if (r.disclosure() != null) {
            StatsReport.Disclosure d = r.disclosure();
            text(notes, 5, 0, get("stats.section.disclosure", lang));
            text(notes, 6, 0, StatsText.fill("stats.disclosure", lang, "issued", d.issued(), "abolished", d.abolished(), "inForce", d.inForce()));
        }
        text(notes, 8, 0, get("stats.footer", lang));
        notes.width(0, 120);
        wb.finish();
    }

    private static void unmatched(Worksheet ws, int row, String label, String id, StatsReport.Ref ref) {
        text(ws, row, 0, label);
        text(ws, row, 1, id);
        text(ws, row, 2, ref.file());
        ws.value(row, 3, ref.line());
        text(ws, row, 4, ref.id());
        text(ws, row, 5, ref.title());
    }

    private static void figure(Worksheet ws, int row, int col, StatsReport.Figure f, Lang lang) {
        text(ws, row, col, f.indicator().label(lang));
        text(ws, row, col + 1, f.indicator().id());
        numbers(ws, row, col + 2, f);
        text(ws, row, col + 6, Law.render(f.basis(), lang));
        text(ws, row, col + 7, f.indicator().benchmark(lang));
    }

    /** Numerator, denominator, rate (a percentage, or — for 0/0), unknown. */
    private static void numbers(Worksheet ws, int row, int col, StatsReport.Figure f) {
        ws.value(row, col, f.numerator());
        if (f.denominator() != null) {
            ws.value(row, col + 1, f.denominator());
        }
        if (Numbers.rate4(f) != null) {
            ws.value(row, col + 2, Numbers.rate4(f));
            ws.style(row, col + 2).format("0.0%").set();
        } else if (f.denominator() != null) {
            ws.value(row, col + 2, "—");
        }
        ws.value(row, col + 3, f.unknown());
    }

    private static void header(Worksheet ws, Lang lang, String... keys) {
        for (int c = 0; c < keys.length; c++) {
            ws.value(0, c, get(keys[c], lang));
            ws.style(0, c).bold().fillColor("DDEBF7").set();
        }
        ws.freezePane(0, 1);
    }

    private static void widths(Worksheet ws, double... widths) {
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
    }

    private static void text(Worksheet ws, int r, int c, String s) {
        if (s != null) {
            ws.value(r, c, Escape.cell(s));
        }
    }

    static List<String> sheets(Lang lang) {
        return List.of(get("stats.sheet.indicators", lang), get("stats.sheet.authorities", lang), get("stats.sheet.shortfalls", lang),
                get("stats.sheet.rules", lang), get("stats.sheet.months", lang), get("stats.sheet.notes", lang));
    }
}
