package juece.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a ledger's columns are: its header row, the column of each {@link Column} it has, and the
 * headers it could not use (not known, or a second header for a column already found), each reported
 * once for the whole ledger. The header row is the first of the first few non-blank rows that names
 * at least two known columns, so that a title row above it ("某区2024年行政规范性文件台账") is passed over.
 */
final class Layout {
    /** How many non-blank rows the header is looked for in. */
    static final int HEADER_SEARCH = 10;
    /** Known columns a row must name to be the header. */
    static final int HEADER_MIN = 2;

    /** A header that could not be used: where, as written, and why. */
    record Unused(int column, String header, String nearest, Column duplicateOf, int firstColumn) {
    }

    final int headerRow;
    private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
    private final Map<Column, String> written = new EnumMap<>(Column.class);
    final List<Unused> unused;

    private Layout(int headerRow, List<Unused> unused) {
        this.headerRow = headerRow;
        this.unused = Collections.unmodifiableList(unused);
    }

    /** The layout a row gives as the header, or null when it names fewer than two known columns. */
    static Layout of(Sheets.RawRow row) {
        Layout layout = new Layout(row.number(), new ArrayList<>());
        List<Unused> unused = new ArrayList<>();
        for (Sheets.RawCell cell : row.cells()) {
            if (cell == null) {
                continue;
            }
            String header = CellValues.text(cell);
            Headers.Match m = Headers.match(header);
            if (m instanceof Headers.Known k) {
                Integer first = layout.columns.putIfAbsent(k.column(), cell.column());
                if (first == null) {
                    layout.written.put(k.column(), header);
                } else {
                    unused.add(new Unused(cell.column(), header, null, k.column(), first));
                }
            } else if (m instanceof Headers.Unknown u) {
                unused.add(new Unused(cell.column(), header, u.nearest(), null, 0));
            }
        }
        if (layout.columns.size() < HEADER_MIN) {
            return null;
        }
        Layout done = new Layout(row.number(), unused);
        done.columns.putAll(layout.columns);
        done.written.putAll(layout.written);
        return done;
    }

    boolean has(Column c) {
        return columns.containsKey(c);
    }

    /** The 1-based column number of {@code c}; 0 when the ledger has no such column. */
    int column(Column c) {
        Integer i = columns.get(c);
        return i == null ? 0 : i;
    }

    /** The header as the ledger writes it, for messages; the template's header for a column it lacks. */
    String header(Column c) {
        return written.getOrDefault(c, c.header());
    }

    /** The publication date's column: 发布日期, else 成文日期 / 印发日期 (SPEC §10.2; see {@link Column#ISSUED}). */
    Column published() {
        return has(Column.PUBLISHED) ? Column.PUBLISHED : has(Column.ISSUED) ? Column.ISSUED : Column.PUBLISHED;
    }

    /** The known columns this ledger has, in the order of {@link Column}. */
    List<Column> present() {
        return List.copyOf(columns.keySet());
    }
}
