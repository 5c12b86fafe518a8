package juece.stats;

import java.util.List;
import juece.findings.RunReport;
import juece.text.Lang;

/**
 * The year's figures (SPEC §10.1), as every stats format writes them: what was read, each indicator
 * with its numerator, denominator and unknowns, the rules most broken, the figures per authority,
 * the documents behind each shortfall, the month-by-month counts, the 政府信息公开年报 row when ledgers
 * give each document's force, and what a ledger and the dossiers did not match.
 */
public record StatsReport(RunReport.Tool tool, List<String> profiles, int year, Inputs inputs, List<Figure> indicators, List<RuleCount> rules,
                          List<AuthorityFigures> byAuthority, List<Shortfall> shortfalls, List<Month> months,
                          Disclosure disclosure, Unmatched unmatched, List<LedgerSummary> ledgers, Lang lang) {

    /** The profiles the dossiers read were checked under, as the reports' first line names them. */
    public String profilesShown(Lang lang) {
        String given = tool.runProfile(profiles);
        return given != null ? given : String.join(lang == Lang.ZH ? "、" : ", ", profiles);
    }

    /** What was read: dossiers and ledger rows, how many count in the year, and why the others do not. */
    public record Inputs(int dossiers, int ledgerRows, int countedMajorDecisions, int countedNormativeDocuments,
                         int otherYears, int invalid, int unknownYear, int excluded, int joined) {
    }

    /** One indicator: {@code denominator} null for a count; the rate null for a count or 0/0. */
    public record Figure(Indicator indicator, long numerator, Long denominator, long unknown, String basis) {
        public Double rate() {
            return denominator == null || denominator == 0 ? null : (double) numerator / denominator;
        }
    }

    public record RuleCount(String rule, int dossiers) {
    }

    public record AuthorityFigures(String authority, List<Figure> indicators) {
    }

    /** A dossier or ledger row as the lists name it: its file, id and title, and the line of its id. */
    public record Ref(String file, String id, String title, int line) {
    }

    /** The dossiers in an indicator's denominator and not its numerator (for the count of expiring documents: those it counts). */
    public record Shortfall(Indicator indicator, List<Ref> dossiers) {
    }

    public record Month(int month, int majorDecisions, int normativeDocuments) {
    }

    /** The 行政规范性文件 row of the 政府信息公开工作年度报告: 本年制发件数, 本年废止件数, 现行有效件数. */
    public record Disclosure(long issued, long abolished, long inForce, long unknown) {
    }

    /** Ledger rows no dossier matches and dossiers no ledger row matches (a possible 漏报), of the year. */
    public record Unmatched(List<Ref> rows, List<Ref> dossiers) {
    }

    /** A ledger read: its rows, the columns it has and the ones it lacks. */
    public record LedgerSummary(String file, int rows, List<String> columns, List<String> missing) {
    }

    /** The paragraph a report can use, in the report's language, built from the figures alone. */
    public String paragraph() {
        return Paragraph.of(this);
    }

    /** The figure of one indicator. */
    public Figure figure(Indicator i) {
        return indicators.get(i.ordinal());
    }
}
