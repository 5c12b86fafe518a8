package juece.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The ledger template ({@code juece template ledger}): a workbook whose first sheet is an empty
 * ledger with every header juece reads, each with a note (a comment) saying what to write; a
 * dropdown on the enumerated columns (类型, 是否试行, 有效性); date columns formatted as dates; the
 * header frozen; and a second sheet with example rows. The template itself checks as a ledger
 * (with no rows), and its example sheet holds rows juece reads.
 */
public final class LedgerTemplate {
    /** The columns the template has, in the order a person fills them in. */
    public static final List<Column> COLUMNS = List.of(Column.TITLE, Column.NUMBER, Column.AUTHORITY, Column.KIND,
            Column.REVIEWED, Column.DECIDED, Column.PUBLISHED, Column.EFFECTIVE, Column.EXPIRES, Column.TRIAL,
            Column.FILED, Column.FILED_TO, Column.STATUS, Column.ABOLISHED);
    /** The rows that get dropdowns and date formats: more than a year of any authority's documents. */
    public static final int ROWS = 2000;
    static final String SHEET = "台账";
    static final String EXAMPLES = "填写示例";
    private static final String DATE_FORMAT = "yyyy-mm-dd";

    private LedgerTemplate() {
    }

    public static void write(OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "juece", null);
        Worksheet ledger = wb.newWorksheet(SHEET);
        header(ledger, true);
        for (int c = 0; c < COLUMNS.size(); c++) {
            Column col = COLUMNS.get(c);
            if (col.isDate()) {
                ledger.range(1, c, ROWS, c).style().format(DATE_FORMAT).set();
            }
            if (!col.choices().isEmpty()) {
                ledger.range(1, c, ROWS, c).validateWithListByFormula("\"" + String.join(",", col.choices()) + "\"")
                        .allowBlank(true).showDropdown(false).showErrorMessage(true)
                        .errorTitle(col.header()).error("请从下拉列表中选择：" + String.join("、", col.choices()));
            }
        }
        Worksheet examples = wb.newWorksheet(EXAMPLES);
        header(examples, false);
        example(examples, 1, "某区老旧小区加装电梯补助暂行办法", "某府规〔2024〕3号", "某区人民政府", "规范性文件",
                LocalDate.of(2024, 2, 26), LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 12), "自公布之日起施行",
                LocalDate.of(2026, 3, 11), "是", LocalDate.of(2024, 4, 3), "某区人大常委会", "有效");
        example(examples, 2, "某区城市供热管网改造工程", "", "某区人民政府", "重大行政决策",
                LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 28), LocalDate.of(2024, 6, 4), null, null, null, null, null, null);
        example(examples, 3, "某区行政执法公示办法", "某府规〔2019〕2号", "某区人民政府", "规范性文件",
                LocalDate.of(2019, 6, 3), LocalDate.of(2019, 6, 10), LocalDate.of(2019, 6, 20), LocalDate.of(2019, 7, 20),
                LocalDate.of(2024, 7, 19), "否", LocalDate.of(2019, 7, 10), "某区人大常委会", "废止");
        examples.value(3, COLUMNS.indexOf(Column.ABOLISHED), LocalDate.of(2024, 5, 6));
        examples.style(3, COLUMNS.indexOf(Column.ABOLISHED)).format(DATE_FORMAT).set();
        wb.finish();
    }

    private static void header(Worksheet ws, boolean notes) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            Column col = COLUMNS.get(c);
            ws.value(0, c, col.header());
            ws.style(0, c).bold().fillColor("DDEBF7").wrapText(true).set();
            if (notes) {
                ws.comment(0, c, col.note());
            }
            ws.width(c, col == Column.TITLE ? 40 : col == Column.NUMBER || col == Column.AUTHORITY || col == Column.FILED_TO ? 24
                    : col.isDate() ? 15 : 12);
        }
        ws.freezePane(0, 1);
    }

    private static void example(Worksheet ws, int r, Object... values) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof LocalDate d) {
                ws.value(r, c, d);
                ws.style(r, c).format(DATE_FORMAT).set();
            } else if (v instanceof String s && !s.isEmpty()) {
                ws.value(r, c, s);
            }
        }
    }
}
