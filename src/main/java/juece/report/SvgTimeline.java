package juece.report;

import static juece.text.Texts.get;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import juece.findings.Timeline;
import juece.text.Lang;

/**
 * Draws a {@link Timeline} as inline SVG: a lane per step, points and spans on a date axis, marks
 * (minimum periods, due dates) as ticks, missing steps as dashed red bars, the as-of date as a line.
 * The steps' names stand in a column of their own, as wide as the longest needs, and no date or
 * note is drawn into it. Every text is escaped; no script, no external resource.
 */
final class SvgTimeline {
    private static final int WIDTH = 960;
    private static final int LANE = 36;
    private static final int TOP = 34;
    /** The steps' names: at least this wide, at most (a longer name is cut, its whole text in a tooltip). */
    private static final int LABEL_MIN = 120;
    private static final int LABEL_MAX = 300;
    /** Font sizes of the stylesheet (report-head): the steps' names, and every other text. */
    static final double LANE_FONT = 12;
    static final double FONT = 11;
    /** Between the names' column and the first date. */
    private static final int GAP = 14;
    private static final int RIGHT = 20;

    /** Where the dates begin: everything left of it is the steps' names. */
    private final int plotLeft;

    private SvgTimeline(int plotLeft) {
        this.plotLeft = plotLeft;
    }

    static String render(Timeline t, Lang lang) {
        List<LocalDate> dates = new ArrayList<>();
        for (Timeline.Lane l : t.lanes()) {
            if (l.from() != null) {
                dates.add(l.from());
                dates.add(l.to());
            }
            l.marks().forEach(m -> dates.add(m.date()));
        }
        if (dates.isEmpty()) {
            dates.add(t.asOf());
        }
        LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
        boolean asOfShown = !t.asOf().isAfter(last.plusDays(90)) && !t.asOf().isBefore(first);
        if (asOfShown && t.asOf().isAfter(last)) {
            last = t.asOf();
        }
        LocalDate start = first.minusDays(3);
        long span = Math.max(14, ChronoUnit.DAYS.between(start, last.plusDays(3)));
        int names = LABEL_MIN;
        for (Timeline.Lane l : t.lanes()) {
            names = Math.max(names, width(label(l, lang), LANE_FONT) + 12);
        }
        SvgTimeline svg = new SvgTimeline(Math.min(names, LABEL_MAX) + GAP);
        Scale x = new Scale(start, span, svg.plotLeft);
        int height = TOP + LANE * t.lanes().size() + 24;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(Escape.html(get("html.timeline", lang))).append("\">\n");
        svg.axis(s, x, start, span, height);
        int y = TOP;
        for (Timeline.Lane l : t.lanes()) {
            svg.lane(s, l, x, y, lang);
            y += LANE;
        }
        if (asOfShown) {
            int ax = x.at(t.asOf());
            s.append("<line class=\"as-of\" x1=\"").append(ax).append("\" y1=\"").append(TOP - 12).append("\" x2=\"").append(ax)
                    .append("\" y2=\"").append(height - 20).append("\"/>\n");
            svg.text(s, ax, height - 8, "as-of-label", get("timeline.as-of", lang) + " " + t.asOf());
        }
        s.append("</svg>");
        return s.toString();
    }

    /** Dates to x positions between the names' column and the right edge. */
    private record Scale(LocalDate start, long days, int left) {
        int at(LocalDate d) {
            return left + (int) Math.round((WIDTH - left - RIGHT) * (double) ChronoUnit.DAYS.between(start, d) / days);
        }
    }

    private static String label(Timeline.Lane l, Lang lang) {
        return l.label() != null ? l.label().render(lang) : l.step().label(lang);
    }

    /**
     * Roughly how wide a text is drawn at {@code size} pixels, on the generous side: a CJK or
     * full-width character one em, a Latin letter or digit 0.62 of one (digits: Arial 0.556, DejaVu Sans 0.636).
     */
    static int width(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            em += cp >= 0x2E80 ? 1.0 : cp == ' ' ? 0.32 : 0.62;
            i += Character.charCount(cp);
        }
        return (int) Math.ceil(em * size);
    }

    private void axis(StringBuilder s, Scale x, LocalDate start, long span, int height) {
        s.append("<line class=\"axis\" x1=\"").append(plotLeft).append("\" y1=\"").append(TOP - 14).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(TOP - 14).append("\"/>\n");
        LocalDate tick = start.withDayOfMonth(1).plusMonths(1);
        long step = span > 400 ? 3 : 1;
        for (; !tick.isAfter(start.plusDays(span)); tick = tick.plusMonths(step)) {
            int tx = x.at(tick);
            s.append("<line class=\"tick\" x1=\"").append(tx).append("\" y1=\"").append(TOP - 18).append("\" x2=\"").append(tx)
                    .append("\" y2=\"").append(height - 20).append("\"/>\n");
            text(s, tx + 2, TOP - 20, "tick-label", String.format(Locale.ROOT, "%d-%02d", tick.getYear(), tick.getMonthValue()));
        }
    }

    private void lane(StringBuilder s, Timeline.Lane l, Scale x, int y, Lang lang) {
        String state = l.state().name().toLowerCase(Locale.ROOT);
        s.append("<g class=\"lane ").append(state).append("\" data-step=\"").append(l.step().yaml()).append("\">\n");
        name(s, y + 5, label(l, lang));
        int mid = y;
        if (l.state() == Timeline.State.MISSING) {
            s.append("<rect class=\"missing-bar\" x=\"").append(plotLeft).append("\" y=\"").append(mid - 7).append("\" width=\"")
                    .append(WIDTH - plotLeft - RIGHT).append("\" height=\"14\" rx=\"3\"/>\n");
            text(s, plotLeft + 8, mid + 5, "missing-label", l.note().render(lang));
        } else if (l.from() != null) {
            int x1 = x.at(l.from());
            int x2 = x.at(l.to());
            if (x2 - x1 < 2) {
                s.append("<circle class=\"point\" cx=\"").append(x1).append("\" cy=\"").append(mid).append("\" r=\"6\"/>\n");
            } else {
                s.append("<rect class=\"span\" x=\"").append(x1).append("\" y=\"").append(mid - 6).append("\" width=\"")
                        .append(x2 - x1).append("\" height=\"12\" rx=\"3\"/>\n");
            }
            String note = l.note() == null ? l.from().toString() : l.from() + (l.to().equals(l.from()) ? "" : " – " + l.to())
                    + " · " + l.note().render(lang);
            text(s, x2 + 10, x1 - 10, mid + 4, "note", note);
        } else if (l.note() != null) {
            text(s, plotLeft + 8, mid + 5, "note", l.note().render(lang));
        }
        for (Timeline.Mark m : l.marks()) {
            int mx = x.at(m.date());
            s.append("<line class=\"mark").append(m.problem() ? " missed" : "").append("\" x1=\"").append(mx).append("\" y1=\"")
                    .append(mid - 11).append("\" x2=\"").append(mx).append("\" y2=\"").append(mid + 11).append("\"/>\n");
            if (m.label() != null) {
                text(s, mx + 3, mx - 3, mid + 17, "mark-label" + (m.problem() ? " missed" : ""), m.label().render(lang) + " " + m.date());
            }
        }
        s.append("</g>\n");
    }

    /** A step's name in the names' column; one too long for it is cut, its whole text in a tooltip. */
    private void name(StringBuilder s, int y, String label) {
        String shown = label;
        if (width(label, LANE_FONT) > plotLeft - GAP - 6) {
            while (shown.length() > 1 && width(shown + "…", LANE_FONT) > plotLeft - GAP - 6) {
                shown = shown.substring(0, shown.length() - 1);
            }
            shown += "…";
        }
        s.append("<text class=\"lane-label\" x=\"6\" y=\"").append(y).append("\">");
        if (!shown.equals(label)) {
            s.append("<title>").append(Escape.html(label)).append("</title>");
        }
        s.append(Escape.html(shown)).append("</text>\n");
    }

    /** A label at {@code x}; near the right edge it ends there instead of starting there. */
    private void text(StringBuilder s, int x, int y, String cls, String content) {
        text(s, x, x, y, cls, content);
    }

    /**
     * A label to the right of what it names, starting at {@code x}; one that would run off the right
     * edge ends at {@code left} instead, on the other side of it, unless it would reach into the
     * steps' names there: then it ends at the right edge.
     */
    private void text(StringBuilder s, int x, int left, int y, String cls, String content) {
        int w = width(content, FONT);
        String anchor = null;
        int at = x;
        if (x + w > WIDTH - 4) {
            anchor = "end";
            at = left - w >= plotLeft ? left : WIDTH - 4;
        }
        s.append("<text class=\"").append(cls).append("\" x=\"").append(at).append("\" y=\"").append(y)
                .append(anchor != null ? "\" text-anchor=\"end\">" : "\">").append(Escape.html(content)).append("</text>\n");
    }
}
