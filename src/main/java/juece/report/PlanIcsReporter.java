package juece.report;

import static juece.text.Texts.get;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import juece.law.Law;
import juece.plan.DossierPlan;
import juece.plan.Duty;
import juece.plan.PlanReport;
import juece.plan.PlanSummary;
import juece.plan.Scheduled;
import juece.text.Lang;

/**
 * The open duties as an iCalendar file (RFC 5545), written by hand: one all-day event per open duty
 * with a date (and per open date scheduled from a target), so that an adviser's calendar shows what is
 * due. Each event's UID is stable for a dossier id and a duty ({@code publication-publish.<hash of the
 * id>@juece}), so importing a later plan updates the events instead of adding copies; DTSTAMP is the
 * run's as-of date, so equal input gives equal bytes. Lines end in CRLF and are folded at 75 octets
 * (never inside a UTF-8 character); text values escape backslash, semicolon, comma and newlines.
 */
public final class PlanIcsReporter implements PlanReporter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private OutputStream out;
    private Lang lang;
    private PlanReport.Header header;

    @Override
    public void start(PlanReport.Header header, Lang lang, OutputStream out) throws IOException {
        this.header = header;
        this.lang = lang;
        this.out = out;
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//juece//juece plan " + header.tool().version() + "//" + lang.code().toUpperCase(java.util.Locale.ROOT));
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + text(lang == Lang.ZH ? "juece 期限" : "juece deadlines"));
    }

    @Override
    public void dossier(DossierPlan p) throws IOException {
        if (p.invalid()) {
            return;
        }
        String id = p.result().id();
        String hash = hash(id);
        String who = (lang == Lang.ZH ? "【" : "[") + id + (lang == Lang.ZH ? "】" : "] ");
        for (Duty d : p.duties()) {
            if (d.status() != Duty.Status.OPEN || d.date() == null) {
                continue;
            }
            String summary = who + get("plan.duty." + d.id(), lang) + (lang == Lang.ZH ? "（" : " (")
                    + get("plan.bound.label." + d.bound().id(), lang) + " " + d.date() + (lang == Lang.ZH ? "）：" : "): ")
                    + p.result().name();
            String description = d.message().render(lang) + "\n" + get("plan.report.basis", lang).replace("{basis}",
                    Law.render(d.basis(), lang)) + "\n" + d.id() + " · " + p.result().file();
            event(d.id().replace('/', '-') + "." + hash + "@juece", d.date(), summary, description, d.step().yaml());
        }
        for (Scheduled s : p.schedule()) {
            if (s.status() != Duty.Status.OPEN || s.date() == null) {
                continue;
            }
            String summary = who + s.field() + (lang == Lang.ZH ? "（" : " (") + get("plan.bound.label." + s.bound().id(), lang)
                    + " " + s.date() + (lang == Lang.ZH ? "）：" : "): ") + p.result().name();
            String description = s.message().render(lang) + (s.basis().isEmpty() ? ""
                    : "\n" + get("plan.report.basis", lang).replace("{basis}", Law.render(s.basis(), lang)))
                    + "\n" + get("plan.source." + s.source().id(), lang) + (s.rule() == null ? "" : " " + s.rule())
                    + " · " + p.result().file();
            event("schedule-" + s.field().replace('.', '-') + "." + hash + "@juece", s.date(), summary, description, s.step().yaml());
        }
    }

    private void event(String uid, LocalDate date, String summary, String description, String category) throws IOException {
        line("BEGIN:VEVENT");
        line("UID:" + text(uid));
        line("DTSTAMP:" + header.tool().asOf().format(DAY) + "T000000Z");
        line("DTSTART;VALUE=DATE:" + date.format(DAY));
        line("DTEND;VALUE=DATE:" + date.plusDays(1).format(DAY));
        line("SUMMARY:" + text(summary));
        line("DESCRIPTION:" + text(description));
        line("CATEGORIES:juece," + text(category));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }

    @Override
    public void finish(PlanSummary summary) throws IOException {
        line("END:VCALENDAR");
        out.flush();
    }

    /** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines escaped, other controls dropped. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> {
                    if (!Character.isISOControl(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** One content line, folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character, ended by CRLF. */
    private void line(String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) { // a continuation byte: fold before its character
                end--;
            }
            out.write(bytes, start, end - start);
            out.write(new byte[] {'\r', '\n', ' '});
            start = end;
            limit = 74; // the leading space counts
        }
        out.write(bytes, start, bytes.length - start);
        out.write(new byte[] {'\r', '\n'});
    }

    /** The first 16 hexadecimal digits of the SHA-256 of the dossier id: a stable, opaque part of each UID. */
    static String hash(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(String.valueOf(id).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
