package juece.ledger;

import static juece.text.Texts.msg;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import juece.text.Message;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of a ledger file, as a spreadsheet shows them: the first sheet of an {@code .xlsx}
 * (fastexcel-reader, streaming), or a {@code .csv} in UTF-8 (commons-csv; a byte-order mark is
 * accepted) or in GBK/GB18030, as Excel writes it on a Chinese Windows. Each row carries its number
 * as the spreadsheet numbers it (a CSV record's number, which is what Excel shows when it opens the
 * file), each cell its column.
 */
final class Sheets {
    /** A ledger of 100,000 rows is a few megabytes; anything far larger is not a ledger a person keeps. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Excel's own row limit. */
    static final int MAX_ROWS = 1_048_576;
    /** Excel's own column limit. */
    static final int MAX_COLUMNS = 16_384;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Sheets() {
    }

    /**
     * One cell: its 1-based column, its text as the spreadsheet holds it ({@code ""} when empty), and
     * for a number cell its value, and for a date-formatted one the date it shows (null otherwise).
     */
    record RawCell(int column, String text, BigDecimal number, LocalDate date) {
        boolean blank() {
            return date == null && number == null && text.isBlank();
        }
    }

    /** One row: its number in the sheet and its cells by column (index 0 is column 1; a missing cell is null). */
    record RawRow(int number, List<RawCell> cells) {
        RawCell cell(int column) {
            return column - 1 < cells.size() ? cells.get(column - 1) : null;
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.blank());
        }
    }

    /** Why a ledger could not be read, at which row (0: the file as a whole). */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Message message;
        final int row;

        Unreadable(Message message, int row) {
            super(null, null, false, false);
            this.message = message;
            this.row = row;
        }
    }

    /**
     * Hands each row of {@code file} to {@code sink} in order, until the sink returns false; stops
     * at the first thing that cannot be read.
     */
    static void rows(Path file, Predicate<RawRow> sink) throws Unreadable {
        long size;
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                throw new Unreadable(msg("read.not-a-file"), 0);
            }
            size = a.size();
        } catch (NoSuchFileException e) {
            throw new Unreadable(msg("input.missing"), 0);
        } catch (AccessDeniedException e) {
            throw new Unreadable(msg("read.denied"), 0);
        } catch (IOException e) {
            throw new Unreadable(msg("read.unreadable", "reason", String.valueOf(e.getMessage())), 0);
        }
        if (size > MAX_BYTES) {
            throw new Unreadable(msg("ledger.too-large", "size", size, "limit", MAX_BYTES), 0);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            csv(file, sink);
        } else {
            xlsx(file, sink);
        }
    }

    private static void xlsx(Path file, Predicate<RawRow> sink) throws Unreadable {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n == 8 && ReadableWorkbook.isOLE2Header(head)) {
                throw new Unreadable(msg("ledger.xls"), 0);
            }
            if (n < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
                throw new Unreadable(msg(n == 0 ? "ledger.empty-file" : "ledger.not-xlsx"), 0);
            }
        } catch (IOException e) {
            throw new Unreadable(msg("read.unreadable", "reason", String.valueOf(e.getMessage())), 0);
        }
        int[] at = {0};
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
             Stream<Row> rows = wb.getFirstSheet().openStream()) {
            boolean date1904 = wb.isDate1904();
            Map<String, Boolean> dateFormats = new HashMap<>(); // a sheet has a few formats and many cells
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                at[0] = row.getRowNum();
                if (row.getRowNum() > MAX_ROWS || row.getCellCount() > MAX_COLUMNS) {
                    throw new Unreadable(msg("ledger.too-many-rows", "limit", MAX_ROWS), row.getRowNum());
                }
                List<RawCell> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    Cell c = row.getCell(i);
                    cells.add(c == null ? null : cell(c, i + 1, date1904, dateFormats));
                }
                if (!pass(sink, new RawRow(row.getRowNum(), cells))) {
                    return;
                }
            }
        } catch (Unreadable e) {
            throw e;
        } catch (Downstream e) {
            throw e.failure;
        } catch (IOException | RuntimeException e) { // fastexcel's ExcelReaderException, XML errors, a broken zip
            throw new Unreadable(msg("ledger.unreadable-xlsx", "reason", reason(e)), at[0]);
        }
    }

    /** A failure of what the rows are handed to, which is not the ledger's: it goes on as it is. */
    private static final class Downstream extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final RuntimeException failure;

        Downstream(RuntimeException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    private static boolean pass(Predicate<RawRow> sink, RawRow row) {
        try {
            return sink.test(row);
        } catch (RuntimeException e) {
            throw new Downstream(e);
        }
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return m.replaceAll("[\\p{Cntrl}]+", " ");
    }

    private static RawCell cell(Cell c, int column, boolean date1904, Map<String, Boolean> dateFormats) {
        CellType type = c.getType();
        String raw = c.getRawValue();
        switch (type) {
            case NUMBER, FORMULA -> {
                BigDecimal number = numberOrNull(raw);
                if (number != null && dateFormats.computeIfAbsent(c.getDataFormatId() + "\u0000" + c.getDataFormatString(),
                        k -> DateFormats.isDate(c.getDataFormatId(), c.getDataFormatString()))) {
                    return new RawCell(column, raw, number, CellDates.serial(number, date1904));
                }
                return new RawCell(column, raw == null ? "" : raw, number, null);
            }
            case STRING -> {
                return new RawCell(column, c.getText(), null, null);
            }
            case BOOLEAN -> {
                return new RawCell(column, String.valueOf(c.asBoolean()), null, null);
            }
            case ERROR -> {
                return new RawCell(column, raw == null ? "#ERROR" : raw, null, null);
            }
            default -> {
                return new RawCell(column, "", null, null);
            }
        }
    }

    private static BigDecimal numberOrNull(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void csv(Path file, Predicate<RawRow> sink) throws Unreadable {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Unreadable(msg("read.unreadable", "reason", String.valueOf(e.getMessage())), 0);
        }
        String text = decode(bytes);
        CSVFormat format = CSVFormat.EXCEL.builder().setIgnoreEmptyLines(false).get();
        long at = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                at = r.getRecordNumber();
                if (at > MAX_ROWS || r.size() > MAX_COLUMNS) {
                    throw new Unreadable(msg("ledger.too-many-rows", "limit", MAX_ROWS), (int) at);
                }
                List<RawCell> cells = new ArrayList<>(r.size());
                for (int i = 0; i < r.size(); i++) {
                    cells.add(new RawCell(i + 1, r.get(i), null, null));
                }
                if (!pass(sink, new RawRow((int) at, cells))) {
                    return;
                }
            }
        } catch (Downstream e) {
            throw e.failure;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Unreadable(msg("ledger.csv-syntax", "reason", reason(e)), (int) at + 1);
        }
    }

    /**
     * The text of a CSV file: UTF-8, a byte-order mark dropped; else GB18030 (a superset of GBK), which
     * is what Excel's plain "CSV" writes on a Chinese Windows — the ledger most offices have. Bytes
     * that are not UTF-8 are rarely GB18030 by accident, and a wrong reading would show as headers
     * nobody wrote (no header row found), never as quiet findings.
     */
    private static String decode(byte[] bytes) throws Unreadable {
        int start = bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2] ? 3 : 0;
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            throw new Unreadable(msg("ledger.csv-utf16"), 0);
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            } catch (CharacterCodingException e) {
                // the next encoding
            }
        }
        throw new Unreadable(msg("ledger.csv-not-utf8"), 0);
    }
}
