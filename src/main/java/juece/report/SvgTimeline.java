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
 * Every text is escaped; no script, no external resource.
 */
final class SvgTimeline {
    private static final int LABEL = 150;
    private static final int WIDTH = 960;
    private static final int LANE = 36;
    private static final int TOP = 34;

    private SvgTimeline() {
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
        Scale x = new Scale(start, span);
        int height = TOP + LANE * t.lanes().size() + 24;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(Escape.html(get("html.timeline", lang))).append("\">\n");
        axis(s, x, start, span, height);
        int y = TOP;
        for (Timeline.Lane l : t.lanes()) {
            lane(s, l, x, y, lang);
            y += LANE;
        }
        if (asOfShown) {
            int ax = x.at(t.asOf());
            s.append("<line class=\"as-of\" x1=\"").append(ax).append("\" y1=\"").append(TOP - 12).append("\" x2=\"").append(ax)
                    .append("\" y2=\"").append(height - 20).append("\"/>\n");
            text(s, ax, height - 8, "as-of-label", get("timeline.as-of", lang) + " " + t.asOf());
        }
        s.append("</svg>");
        return s.toString();
    }

    /** Dates to x positions between the label column and the right edge. */
    private record Scale(LocalDate start, long days) {
        int at(LocalDate d) {
            return LABEL + (int) Math.round((WIDTH - LABEL - 20) * (double) ChronoUnit.DAYS.between(start, d) / days);
        }
    }

    private static void axis(StringBuilder s, Scale x, LocalDate start, long span, int height) {
        s.append("<line class=\"axis\" x1=\"").append(LABEL).append("\" y1=\"").append(TOP - 14).append("\" x2=\"")
                .append(WIDTH - 20).append("\" y2=\"").append(TOP - 14).append("\"/>\n");
        LocalDate tick = start.withDayOfMonth(1).plusMonths(1);
        long step = span > 400 ? 3 : 1;
        for (; !tick.isAfter(start.plusDays(span)); tick = tick.plusMonths(step)) {
            int tx = x.at(tick);
            s.append("<line class=\"tick\" x1=\"").append(tx).append("\" y1=\"").append(TOP - 18).append("\" x2=\"").append(tx)
                    .append("\" y2=\"").append(height - 20).append("\"/>\n");
            text(s, tx + 2, TOP - 20, "tick-label", String.format(Locale.ROOT, "%d-%02d", tick.getYear(), tick.getMonthValue()));
        }
    }

    private static void lane(StringBuilder s, Timeline.Lane l, Scale x, int y, Lang lang) {
        String state = l.state().name().toLowerCase(Locale.ROOT);
        String label = l.label() != null ? l.label().render(lang) : l.step().label(lang);
        s.append("<g class=\"lane ").append(state).append("\" data-step=\"").append(l.step().yaml()).append("\">\n");
        text(s, 6, y + 5, "lane-label", label);
        int mid = y;
        if (l.state() == Timeline.State.MISSING) {
            s.append("<rect class=\"missing-bar\" x=\"").append(LABEL).append("\" y=\"").append(mid - 7).append("\" width=\"")
                    .append(WIDTH - LABEL - 20).append("\" height=\"14\" rx=\"3\"/>\n");
            text(s, LABEL + 8, mid + 5, "missing-label", l.note().render(lang));
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
            text(s, LABEL + 8, mid + 5, "note", l.note().render(lang));
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

    /** A label at {@code x}; near the right edge it ends there instead of starting there. */
    private static void text(StringBuilder s, int x, int y, String cls, String content) {
        text(s, x, x, y, cls, content);
    }

    /**
     * A label to the right of what it names, starting at {@code x}; one that would run off the right
     * edge ends at {@code left} instead, on the other side of it.
     */
    private static void text(StringBuilder s, int x, int left, int y, String cls, String content) {
        boolean flip = x > WIDTH - 230;
        s.append("<text class=\"").append(cls).append("\" x=\"").append(flip ? left : x).append("\" y=\"").append(y)
                .append(flip ? "\" text-anchor=\"end\">" : "\">").append(Escape.html(content)).append("</text>\n");
    }
}
