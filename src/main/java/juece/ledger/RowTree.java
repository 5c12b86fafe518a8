package juece.ledger;

import static juece.text.Texts.msg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import juece.facts.Kind;
import juece.read.Node;
import juece.read.Position;
import juece.read.Problem;
import juece.read.SourceMap;
import juece.validate.DossierFormat;
import juece.validate.Field;
import juece.validate.Shape;

/**
 * One ledger row as a {@code juece/v1} dossier tree, which the road then validates and checks as it
 * does a YAML file (SPEC §10.2). The tree is derived from {@link DossierFormat}, so that it has every
 * key the format knows: a fact a column gives is the cell's value, at the cell's row (line) and
 * column; an empty cell in a column the ledger has records the step or value as absent (a blank
 * 备案日期: not filed); a cell written 未知 is {@code unknown} there; and every fact no column of the
 * ledger gives is {@code unknown} — those are the <em>implied</em> unknowns, the same for every row,
 * which the ledger reports once ({@link Ledger}). What the kind of a row says is taken as said: a
 * row of a major decision is one the regulation applies to ({@code scope.excluded: none}), a row of
 * a normative document is one ({@code scope} absent).
 */
final class RowTree {
    static final String UNKNOWN = "unknown";

    private final Layout layout;
    private final Sheets.RawRow row;
    private final String syntheticId;
    private final Set<String> implied;
    /** This row's implied unknowns, added to the ledger's once the row is read without a problem. */
    private final List<String> impliedHere = new ArrayList<>(32);
    private final Position rowAt;
    private final List<Problem> problems = new ArrayList<>();
    private Kind kind = Kind.NORMATIVE_DOCUMENT;

    /** A row read: its tree (null when it is blank or cannot be read), what is wrong with it, and what the ledger says beside the dossier. */
    record Built(Node.Mapping root, List<Problem> problems, RowInfo info) {
        boolean blank() {
            return root == null && problems.isEmpty();
        }
    }

    /** What a row says that is not a fact of the dossier: the document's force and when it was abolished. */
    record RowInfo(CellValues.Status status, LocalDate abolished) {
    }

    private RowTree(Layout layout, Sheets.RawRow row, String syntheticId, Set<String> implied) {
        this.layout = layout;
        this.row = row;
        this.syntheticId = syntheticId;
        this.implied = implied;
        this.rowAt = new Position(row.number(), 1);
    }

    /**
     * The dossier tree of {@code row}; {@code syntheticId} is its id when it has no 文号; the paths
     * written {@code unknown} because no column gives them are added to {@code implied}.
     */
    static Built build(Layout layout, Sheets.RawRow row, String syntheticId, Set<String> implied) {
        return new RowTree(layout, row, syntheticId, implied).build();
    }

    /** One cell of a known column, as the row holds it. */
    private record Read(State state, Sheets.RawCell cell, Position at) {
    }

    private enum State { MISSING, BLANK, UNKNOWN, GIVEN }

    private Read read(Column c) {
        if (!layout.has(c)) {
            return new Read(State.MISSING, null, rowAt);
        }
        int col = layout.column(c);
        Sheets.RawCell cell = row.cell(col);
        Position at = new Position(row.number(), col);
        return switch (CellValues.said(cell)) {
            case BLANK -> new Read(State.BLANK, cell, at);
            case UNKNOWN -> new Read(State.UNKNOWN, cell, at);
            case TEXT -> new Read(State.GIVEN, cell, at);
        };
    }

    private Built build() {
        boolean any = false;
        for (Column c : layout.present()) {
            any |= read(c).state() != State.BLANK;
        }
        if (!any) {
            return new Built(null, List.of(), null); // a blank row, or one numbered in advance (序号 only)
        }
        Read kindCell = read(Column.KIND);
        if (kindCell.state() == State.UNKNOWN) {
            problem(kindCell, "ledger.cell.kind-unknown");
        } else if (kindCell.state() == State.GIVEN) {
            Kind k = CellValues.kind(kindCell.cell());
            if (k == null) {
                problem(kindCell, "ledger.cell.not-a-choice", "choices", Column.KIND.choices());
            } else {
                kind = k;
            }
        }
        Read number = read(Column.NUMBER);
        String numberText = number.state() == State.GIVEN ? text(number) : null;
        Map<String, Node.Entry> root = new LinkedHashMap<>();
        Node published = null;
        for (Field f : DossierFormat.ROOT.fields()) {
            if (!f.allowedFor().contains(kind)) {
                continue;
            }
            String key = f.key();
            switch (key) {
                case "format" -> put(root, key, scalar(DossierFormat.VERSION, rowAt), rowAt);
                case "kind" -> put(root, key, scalar(kind.yaml(), kindCell.at()), kindCell.at());
                case "id" -> {
                    Position at = numberText != null ? number.at() : rowAt;
                    put(root, key, scalar(numberText != null ? numberText : syntheticId, at), at);
                }
                case "profile", "evidence", "waivers" -> {
                    // statements a dossier makes about itself; a ledger makes none
                }
                case "title" -> required(root, key, Column.TITLE, "ledger.cell.required-title");
                case "authority" -> required(root, key, Column.AUTHORITY, "ledger.cell.required-authority");
                case "scope" -> {
                    if (kind == Kind.MAJOR_DECISION && objectOf(f.shape()) instanceof Shape.Obj o) {
                        Map<String, Node.Entry> scope = new LinkedHashMap<>();
                        put(scope, "excluded", scalar("none", kindCell.at()), kindCell.at());
                        fill(scope, o, key, kindCell.at());
                        put(root, key, new Node.Mapping(scope, kindCell.at()), kindCell.at());
                    }
                }
                case "legality_review" -> step(root, f, Column.REVIEWED, "completed");
                case "collective_decision" -> step(root, f, Column.DECIDED, "date");
                case "publication" -> published = step(root, f, layout.published(), "date");
                case "document" -> document(root, f, number, published);
                case "filing" -> filing(root);
                default -> {
                    if (f.mayBeUnknown()) {
                        impliedUnknown(root, key, key, rowAt);
                    }
                }
            }
        }
        RowInfo info = info();
        if (!problems.isEmpty()) {
            return new Built(null, List.copyOf(problems), info);
        }
        for (int i = 0; i < impliedHere.size(); i++) { // the ledger's set soon holds them all: a lookup, not an insert
            String p = impliedHere.get(i);
            if (!implied.contains(p)) {
                implied.add(p);
            }
        }
        return new Built(new Node.Mapping(root, rowAt), List.of(), info);
    }

    /** A text field the format requires: a blank cell cannot be read (the format would reject it anyway). */
    private void required(Map<String, Node.Entry> into, String key, Column c, String blankMessage) {
        Read r = read(c);
        switch (r.state()) {
            case MISSING -> impliedUnknown(into, key, key, rowAt);
            case BLANK -> problem(r, blankMessage);
            case UNKNOWN -> put(into, key, scalar(UNKNOWN, r.at()), r.at());
            case GIVEN -> {
                String t = text(r);
                if (t != null) {
                    put(into, key, scalar(t, r.at()), r.at());
                }
            }
        }
    }

    /**
     * A step one date column records: absent when the cell is blank, {@code unknown} when it says so,
     * else the step with that date and every other field of it unknown. Returns the date's node.
     */
    private Node step(Map<String, Node.Entry> into, Field f, Column c, String dateField) {
        Read r = read(c);
        String key = f.key();
        switch (r.state()) {
            case MISSING -> {
                impliedUnknown(into, key, key, rowAt);
                return null;
            }
            case BLANK -> {
                put(into, key, absent(r.at()), r.at());
                return absent(r.at());
            }
            case UNKNOWN -> {
                Node u = scalar(UNKNOWN, r.at());
                put(into, key, u, r.at());
                return u;
            }
            default -> {
                if (CellValues.notDone(r.cell())) {
                    put(into, key, absent(r.at()), r.at());
                    return absent(r.at());
                }
                // done on a day the cell does not give: the date is the cell's own unknown, said at the cell
                Node date = CellValues.doneUndated(r.cell()) ? scalar(UNKNOWN, r.at()) : date(r);
                if (date == null) {
                    return null;
                }
                Map<String, Node.Entry> step = new LinkedHashMap<>();
                put(step, dateField, date, r.at());
                fill(step, (Shape.Obj) objectOf(f.shape()), key, r.at());
                put(into, key, new Node.Mapping(step, r.at()), r.at());
                return date;
            }
        }
    }

    private void document(Map<String, Node.Entry> into, Field f, Read number, Node published) {
        Position at = number.state() == State.MISSING ? rowAt : number.at();
        Map<String, Node.Entry> doc = new LinkedHashMap<>();
        switch (number.state()) {
            case MISSING -> {
                impliedUnknown(doc, "number", "document.number", rowAt);
                impliedUnknown(doc, "registered", "document.registered", rowAt);
            }
            case BLANK -> { // no 文号; whether it was registered no column says (normative/not-registered fires on the number alone)
                put(doc, "number", absent(at), at);
                impliedUnknown(doc, "registered", "document.registered", at);
            }
            case UNKNOWN -> {
                put(doc, "number", scalar(UNKNOWN, at), at);
                put(doc, "registered", scalar(UNKNOWN, at), at);
            }
            case GIVEN -> {
                String t = text(number);
                if (t != null) {
                    put(doc, "number", scalar(t, at), at);
                    put(doc, "registered", bool(true, at), at);
                }
            }
        }
        Node effective = effective(doc, published);
        expires(doc, effective);
        trial(doc);
        fill(doc, (Shape.Obj) objectOf(f.shape()), f.key(), at);
        put(into, f.key(), new Node.Mapping(doc, at), at);
    }

    private Node effective(Map<String, Node.Entry> doc, Node published) {
        Read r = read(Column.EFFECTIVE);
        Node value = switch (r.state()) {
            case MISSING -> {
                impliedUnknown(doc, "effective", "document.effective", rowAt);
                yield null;
            }
            case BLANK -> {
                problem(r, "ledger.cell.required-effective");
                yield null;
            }
            case UNKNOWN -> scalar(UNKNOWN, r.at());
            case GIVEN -> {
                if (CellValues.fromPublication(r.cell())) {
                    yield isDate(published) ? scalar(((Node.Scalar) published).text(), r.at()) : scalar(UNKNOWN, r.at());
                } else if (CellValues.fromIssue(r.cell())) {
                    Read issued = read(Column.ISSUED);
                    Node d = issued.state() == State.GIVEN ? quietDate(issued) : null;
                    yield d != null ? scalar(((Node.Scalar) d).text(), r.at()) : scalar(UNKNOWN, r.at());
                }
                yield date(r);
            }
        };
        if (value != null) {
            put(doc, "effective", value, r.at());
        }
        return value;
    }

    private void expires(Map<String, Node.Entry> doc, Node effective) {
        Read until = read(Column.EXPIRES);
        Read validity = read(Column.VALIDITY);
        Read r = until.state() == State.MISSING || until.state() == State.BLANK && validity.state() == State.GIVEN ? validity : until;
        switch (r.state()) {
            case MISSING -> impliedUnknown(doc, "expires", "document.expires", rowAt);
            case BLANK -> put(doc, "expires", absent(r.at()), r.at());
            case UNKNOWN -> put(doc, "expires", scalar(UNKNOWN, r.at()), r.at());
            case GIVEN -> {
                if (CellValues.forever(r.cell())) {
                    put(doc, "expires", absent(r.at()), r.at());
                    return;
                }
                Integer years = CellValues.years(r.cell());
                if (years != null) {
                    Node value = isDate(effective)
                            ? scalar(CellValues.expiry(LocalDate.parse(((Node.Scalar) effective).text()), years).toString(), r.at())
                            : scalar(UNKNOWN, r.at());
                    put(doc, "expires", value, r.at());
                    return;
                }
                String end = CellValues.rangeEnd(r.cell());
                Node value = end != null ? date(r, new Sheets.RawCell(r.cell().column(), end, null, null)) : date(r);
                if (value != null) {
                    put(doc, "expires", value, r.at());
                }
            }
        }
    }

    private void trial(Map<String, Node.Entry> doc) {
        Read r = read(Column.TRIAL);
        if (r.state() == State.UNKNOWN) {
            put(doc, "trial", scalar(UNKNOWN, r.at()), r.at());
            return;
        }
        if (r.state() == State.GIVEN) {
            Boolean b = CellValues.yesNo(r.cell());
            if (b == null) {
                problem(r, "ledger.cell.not-a-choice", "choices", Column.TRIAL.choices());
            } else {
                put(doc, "trial", bool(b, r.at()), r.at());
            }
            return;
        }
        // SPEC §10.2: without a 是否试行 value, a title with 暂行 or 试行 is a trial document
        Read title = read(Column.TITLE);
        if (title.state() == State.GIVEN) {
            String t = CellValues.text(title.cell());
            put(doc, "trial", bool(t.contains("暂行") || t.contains("试行"), title.at()), title.at());
        } else if (r.state() == State.MISSING && title.state() == State.MISSING) {
            impliedUnknown(doc, "trial", "document.trial", rowAt);
        } else {
            Position at = r.state() == State.MISSING ? title.at() : r.at();
            put(doc, "trial", scalar(UNKNOWN, at), at);
        }
    }

    private void filing(Map<String, Node.Entry> into) {
        Read r = read(Column.FILED);
        Field f = DossierFormat.ROOT.field("filing");
        switch (r.state()) {
            case MISSING -> impliedUnknown(into, "filing", "filing", rowAt);
            case BLANK -> put(into, "filing", absent(r.at()), r.at());
            case UNKNOWN -> put(into, "filing", scalar(UNKNOWN, r.at()), r.at());
            case GIVEN -> {
                if (CellValues.notDone(r.cell())) {
                    put(into, "filing", absent(r.at()), r.at());
                    return;
                }
                Node date = CellValues.doneUndated(r.cell()) ? scalar(UNKNOWN, r.at()) : date(r);
                if (date == null) {
                    return;
                }
                Map<String, Node.Entry> filing = new LinkedHashMap<>();
                put(filing, "submitted", date, r.at());
                Read to = read(Column.FILED_TO);
                switch (to.state()) {
                    case MISSING -> {
                        // filled in below, with the other fields no column gives
                    }
                    case BLANK -> put(filing, "to", absent(to.at()), to.at());
                    case UNKNOWN -> put(filing, "to", scalar(UNKNOWN, to.at()), to.at());
                    case GIVEN -> {
                        String t = text(to);
                        if (t != null) {
                            put(filing, "to", scalar(t, to.at()), to.at());
                        }
                    }
                }
                fill(filing, (Shape.Obj) objectOf(f.shape()), "filing", r.at());
                put(into, "filing", new Node.Mapping(filing, r.at()), r.at());
            }
        }
    }

    private RowInfo info() {
        CellValues.Status status = null;
        Read s = read(Column.STATUS);
        if (s.state() == State.GIVEN) {
            status = CellValues.status(s.cell());
            if (status == null) {
                problem(s, "ledger.cell.not-a-choice", "choices", Column.STATUS.choices());
            }
        }
        LocalDate abolished = null;
        Read a = read(Column.ABOLISHED);
        if (a.state() == State.GIVEN && !CellValues.notDone(a.cell())) {
            Node d = date(a);
            abolished = d == null ? null : LocalDate.parse(((Node.Scalar) d).text());
        }
        return status == null && abolished == null ? null : new RowInfo(status, abolished);
    }

    /** The mapping a shape stands for, for the row's kind (a scope differs by kind). */
    private Shape objectOf(Shape shape) {
        return shape instanceof Shape.PerKind k ? k.of(kind) : shape;
    }

    /**
     * Every field of {@code shape} the mapping lacks, allowed for the row's kind: unknown, as no
     * column gives it; but never what a dossier states about itself (a step's evidence: a ledger
     * cites none).
     */
    private void fill(Map<String, Node.Entry> into, Shape.Obj shape, String path, Position at) {
        for (Field f : shape.fields()) {
            if (!into.containsKey(f.key()) && f.allowedFor().contains(kind) && f.mayBeUnknown()) {
                impliedUnknown(into, f.key(), SourceMap.child(path, f.key()), at);
            }
        }
    }

    private void impliedUnknown(Map<String, Node.Entry> into, String key, String path, Position at) {
        impliedHere.add(path);
        put(into, key, scalar(UNKNOWN, at), at);
    }

    /** The date a cell holds, as {@code YYYY-MM-DD}; null (with the problem noted) when it holds none. */
    private Node date(Read r) {
        return date(r, r.cell());
    }

    private Node date(Read r, Sheets.RawCell cell) {
        CellDates.Result d = CellValues.date(cell);
        if (d instanceof CellDates.Date ok) {
            return scalar(ok.date().toString(), r.at());
        }
        problem(r, ((CellDates.NotADate) d).why());
        return null;
    }

    /** The date a cell holds, or null, noting nothing (for a column read only in passing). */
    private Node quietDate(Read r) {
        CellDates.Result d = CellValues.date(r.cell());
        return d instanceof CellDates.Date ok ? scalar(ok.date().toString(), r.at()) : null;
    }

    private String text(Read r) {
        String t = CellValues.text(r.cell());
        if (CellValues.tooLong(t)) {
            problem(r, "ledger.cell.too-long", "length", t.length(), "limit", juece.read.Limits.MAX_SCALAR_CHARS);
            return null;
        }
        return t;
    }

    private void problem(Read r, String key, Object... more) {
        Object[] args = new Object[4 + more.length];
        args[0] = "header";
        args[1] = layout.header(column(r));
        args[2] = "text";
        args[3] = shown(r.cell());
        System.arraycopy(more, 0, args, 4, more.length);
        problems.add(new Problem(r.at(), msg(key, args)));
    }

    private Column column(Read r) {
        for (Column c : layout.present()) {
            if (layout.column(c) == r.at().column()) {
                return c;
            }
        }
        return Column.TITLE;
    }

    /** A cell's text as a message quotes it: short, on one line. */
    private static String shown(Sheets.RawCell cell) {
        if (cell == null) {
            return "";
        }
        String t = CellValues.text(cell);
        if (cell.date() != null) {
            t = cell.date().toString();
        }
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    private static boolean isDate(Node n) {
        return n instanceof Node.Scalar s && s.type() == Node.Scalar.Type.STRING && juece.read.Dates.parse(s.text()) != null;
    }

    private static Node.Scalar scalar(String text, Position at) {
        return new Node.Scalar(Node.Scalar.Type.STRING, text, at);
    }

    private static Node.Scalar bool(boolean b, Position at) {
        return new Node.Scalar(Node.Scalar.Type.BOOLEAN, String.valueOf(b), at);
    }

    private static Node.Scalar absent(Position at) {
        return new Node.Scalar(Node.Scalar.Type.NULL, "", at);
    }

    private static void put(Map<String, Node.Entry> into, String key, Node value, Position keyAt) {
        into.put(key, new Node.Entry(key, keyAt, value));
    }
}
