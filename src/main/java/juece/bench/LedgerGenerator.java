package juece.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A synthetic ledger (台账) for benchmarks: N rows of normative documents and a tenth of major
 * decisions, with the columns a county's filing ledger has, dates as date cells, and the gaps real
 * ledgers show (a blank 备案日期, a late filing, a missing 文号). Deterministic for a seed. Usage:
 * {@code LedgerGenerator N FILE.xlsx [SEED]}.
 */
public final class LedgerGenerator {
    private static final List<String> HEADERS = List.of("序号", "文件名称", "文号", "制定机关", "类型", "合法性审核日期", "集体审议日期",
            "发布日期", "施行日期", "有效期至", "备案日期", "备案机关", "有效性");
    private static final String[] AUTHORITIES = {"某区人民政府", "某区民政局", "某区教育局", "某区住房和城乡建设局", "某区市场监督管理局"};
    private static final String[] TOPICS = {"专项资金管理办法", "行政执法公示办法", "人才公寓管理暂行办法", "老旧小区加装电梯补助办法",
        "农业补贴发放办法", "行政处罚裁量基准", "城市管理执法细则", "楼宇经济扶持若干措施"};

    private LedgerGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026L;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(n, seed, out);
        }
    }

    static void write(int n, long seed, OutputStream out) throws IOException {
        Random r = new Random(seed);
        Workbook wb = new Workbook(out, "juece", null);
        Worksheet ws = wb.newWorksheet("台账");
        ws.value(0, 0, "某区行政规范性文件和重大行政决策台账（基准测试用）");
        for (int c = 0; c < HEADERS.size(); c++) {
            ws.value(1, c, HEADERS.get(c));
        }
        for (int i = 0; i < n; i++) {
            int row = i + 2;
            boolean md = r.nextInt(10) == 0;
            String authority = AUTHORITIES[r.nextInt(AUTHORITIES.length)];
            LocalDate published = LocalDate.of(2023 + r.nextInt(2), 1, 1).plusDays(r.nextInt(360));
            ws.value(row, 0, i + 1);
            ws.value(row, 1, authority + TOPICS[r.nextInt(TOPICS.length)] + "（" + (i + 1) + "）");
            if (r.nextInt(20) != 0) {
                ws.value(row, 2, "某" + (md ? "府发" : "规") + "〔" + published.getYear() + "〕" + (i + 1) + "号");
            }
            ws.value(row, 3, authority);
            ws.value(row, 4, md ? "重大行政决策" : "规范性文件");
            if (r.nextInt(15) != 0) {
                date(ws, row, 5, published.minusDays(30 + r.nextInt(20)));
            }
            date(ws, row, 6, published.minusDays(5 + r.nextInt(10)));
            date(ws, row, 7, published);
            date(ws, row, 8, published.plusDays(r.nextInt(3) == 0 ? 30 : 0));
            date(ws, row, 9, published.plusYears(r.nextInt(4) == 0 ? 2 : 5).minusDays(1));
            int filing = r.nextInt(10);
            if (filing != 0) {
                date(ws, row, 10, published.plusDays(filing == 1 ? 45 + r.nextInt(30) : 5 + r.nextInt(20)));
            }
            ws.value(row, 11, "某区人大常委会");
            ws.value(row, 12, r.nextInt(12) == 0 ? "废止" : "有效");
            if (row % 5_000 == 0) {
                ws.flush();
            }
        }
        wb.finish();
    }

    private static void date(Worksheet ws, int row, int col, LocalDate d) {
        ws.value(row, col, d);
        ws.style(row, col).format("yyyy-mm-dd").set();
    }
}
