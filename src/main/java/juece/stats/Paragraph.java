package juece.stats;

import java.util.ArrayList;
import java.util.List;
import juece.text.Lang;

/**
 * The paragraph a 法治政府建设年度报告 can use, built from the figures alone, in the style real reports
 * use: a count, then "均" when every one did, else how many did of how many; the filing rates with
 * their fractions ("报备率100%（12/12）"); what is not known, said as such. Nothing in it that the
 * figures do not give.
 */
final class Paragraph {
    private Paragraph() {
    }

    /** One duty of a kind of dossier as the paragraph says it: what was done, and of which ones it was due. */
    private record Duty(Indicator indicator, String doneZh, String dueZh, String doneEn, String dueEn) {
    }

    private static final List<Duty> DECISION = List.of(
            new Duty(Indicator.MD_PUBLIC_PARTICIPATION, "履行公众参与程序", "依法应当公开的", "went through public participation", "that could be disclosed"),
            new Duty(Indicator.MD_EXPERT_REVIEW, "经专家论证", "专业性、技术性较强的", "had an expert review", "that were highly technical"),
            new Duty(Indicator.MD_RISK_ASSESSMENT, "经风险评估", "可能影响社会稳定的", "had a risk assessment", "that could affect social stability"),
            new Duty(Indicator.MD_FAIR_COMPETITION_REVIEW, "经公平竞争审查", "涉及市场主体经济活动的", "had a fair-competition review",
                    "that concerned market entities"),
            new Duty(Indicator.MD_LEGALITY_REVIEW, "经合法性审查", null, "had a legality review before the decision", null),
            new Duty(Indicator.MD_LEGAL_ADVISER_OPINION, "听取法律顾问、公职律师意见", "经合法性审查的", "heard legal advisers",
                    "that had a legality review"),
            new Duty(Indicator.MD_COLLECTIVE_DECISION, "经集体讨论决定", null, "were decided collectively at the right meeting", null));

    private static final List<Duty> DOCUMENT = List.of(
            new Duty(Indicator.ND_LEGALITY_REVIEW, "经合法性审核", null, "had a legality review before the decision", null),
            new Duty(Indicator.ND_COLLECTIVE_DECISION, "经集体审议", null, "were decided collectively", null),
            new Duty(Indicator.ND_REGISTERED, "统一登记、统一编号", null, "were registered with a number", null));

    static String of(StatsReport r) {
        return r.lang() == Lang.ZH ? zh(r) : en(r);
    }

    private static String zh(StatsReport r) {
        List<String> parts = new ArrayList<>();
        long md = r.figure(Indicator.MD_COUNT).numerator();
        if (md == 0) {
            parts.add("未作出重大行政决策");
        } else {
            List<String> p = new ArrayList<>();
            p.add("作出重大行政决策" + md + "件");
            for (Duty d : DECISION) {
                clauseZh(r, d, md).ifPresent(p::add);
            }
            long hearings = r.figure(Indicator.MD_HEARINGS).numerator();
            if (hearings > 0) {
                p.add("举行听证会" + hearings + "场");
            }
            StatsReport.Figure onTime = r.figure(Indicator.MD_PUBLISHED_ON_TIME);
            if (onTime.denominator() > 0) {
                p.add("按时公布率" + Numbers.rate(onTime.numerator(), onTime.denominator(), Lang.ZH) + unknownTail(onTime, Lang.ZH));
            }
            parts.add(String.join("，", p));
        }
        long nd = r.figure(Indicator.ND_COUNT).numerator();
        if (nd == 0) {
            parts.add("未制发行政规范性文件");
        } else {
            List<String> p = new ArrayList<>();
            p.add("制发行政规范性文件" + nd + "件");
            for (Duty d : DOCUMENT) {
                clauseZh(r, d, nd).ifPresent(p::add);
            }
            StatsReport.Figure filed = r.figure(Indicator.ND_FILED);
            if (filed.denominator() > 0) {
                p.add("报备率" + Numbers.rate(filed.numerator(), filed.denominator(), Lang.ZH) + unknownTail(filed, Lang.ZH));
            }
            StatsReport.Figure onTime = r.figure(Indicator.ND_FILED_ON_TIME);
            if (onTime.denominator() > 0) {
                p.add("报备及时率" + Numbers.rate(onTime.numerator(), onTime.denominator(), Lang.ZH) + unknownTail(onTime, Lang.ZH));
            }
            parts.add(String.join("，", p));
        }
        StringBuilder b = new StringBuilder(r.year() + "年，全年" + String.join("；", parts) + "。");
        StatsReport.Disclosure d = r.disclosure();
        if (d != null) {
            b.append("本年废止行政规范性文件").append(d.abolished()).append("件，截至年底现行有效").append(d.inForce()).append("件")
                    .append(d.unknown() > 0 ? "（另有" + d.unknown() + "件效力状态不明）" : "").append("。");
        }
        long expiring = r.figure(Indicator.ND_EXPIRING_NEXT_YEAR).numerator();
        if (expiring > 0) {
            b.append("另有").append(expiring).append("件行政规范性文件将于").append(r.year() + 1).append("年有效期届满，需及时评估清理。");
        }
        return b.toString();
    }

    private static java.util.Optional<String> clauseZh(StatsReport r, Duty d, long count) {
        StatsReport.Figure f = r.figure(d.indicator());
        long den = f.denominator();
        if (den == 0 && f.unknown() == 0) {
            return java.util.Optional.empty();
        }
        String s;
        if (den == 0) {
            return java.util.Optional.of(f.unknown() + "件是否" + d.doneZh() + "情况不明");
        }
        // who the duty fell on, when not all: "专业性、技术性较强的3件"; said also beside a shortfall, so that its rate reads right
        String due = d.dueZh() == null || den == count && f.numerator() == den ? "" : d.dueZh() + den + "件";
        if (f.numerator() == den) {
            s = due + (f.unknown() == 0 && due.isEmpty() ? "均" : due.isEmpty() ? den + "件" : "均") + d.doneZh();
        } else if (f.numerator() == 0) {
            s = due + (due.isEmpty() ? den + "件" : "") + (den > 1 ? "均" : "") + "未" + d.doneZh();
        } else {
            s = (due.isEmpty() ? "" : due + "中") + f.numerator() + "件" + d.doneZh() + "（" + Numbers.percent(f.numerator(), den) + "）";
        }
        return java.util.Optional.of(s + unknownTail(f, Lang.ZH));
    }

    private static String unknownTail(StatsReport.Figure f, Lang lang) {
        if (f.unknown() == 0) {
            return "";
        }
        return lang == Lang.ZH ? "，另有" + f.unknown() + "件情况不明" : " (" + f.unknown() + " not known)";
    }

    private static String en(StatsReport r) {
        List<String> parts = new ArrayList<>();
        long md = r.figure(Indicator.MD_COUNT).numerator();
        if (md == 0) {
            parts.add("no major administrative decision was taken");
        } else {
            List<String> p = new ArrayList<>();
            p.add(md + (md == 1 ? " major administrative decision was" : " major administrative decisions were") + " taken");
            for (Duty d : DECISION) {
                clauseEn(r, d, md).ifPresent(p::add);
            }
            long hearings = r.figure(Indicator.MD_HEARINGS).numerator();
            if (hearings > 0) {
                p.add(hearings + (hearings == 1 ? " hearing was" : " hearings were") + " held");
            }
            StatsReport.Figure onTime = r.figure(Indicator.MD_PUBLISHED_ON_TIME);
            if (onTime.denominator() > 0) {
                p.add("published on time: " + Numbers.rate(onTime.numerator(), onTime.denominator(), Lang.EN) + unknownTail(onTime, Lang.EN));
            }
            parts.add(String.join(", ", p));
        }
        long nd = r.figure(Indicator.ND_COUNT).numerator();
        if (nd == 0) {
            parts.add("no normative document was issued");
        } else {
            List<String> p = new ArrayList<>();
            p.add(nd + (nd == 1 ? " normative document was" : " normative documents were") + " issued");
            for (Duty d : DOCUMENT) {
                clauseEn(r, d, nd).ifPresent(p::add);
            }
            StatsReport.Figure filed = r.figure(Indicator.ND_FILED);
            if (filed.denominator() > 0) {
                p.add("filing rate " + Numbers.rate(filed.numerator(), filed.denominator(), Lang.EN) + unknownTail(filed, Lang.EN));
            }
            StatsReport.Figure onTime = r.figure(Indicator.ND_FILED_ON_TIME);
            if (onTime.denominator() > 0) {
                p.add("filed on time " + Numbers.rate(onTime.numerator(), onTime.denominator(), Lang.EN) + unknownTail(onTime, Lang.EN));
            }
            parts.add(String.join(", ", p));
        }
        StringBuilder b = new StringBuilder("In " + r.year() + ", " + String.join("; ", parts) + ".");
        StatsReport.Disclosure d = r.disclosure();
        if (d != null) {
            b.append(' ').append(d.abolished()).append(" normative documents were abolished in the year and ").append(d.inForce())
                    .append(" were in force at its end").append(d.unknown() > 0 ? " (" + d.unknown() + " of unknown force)" : "").append('.');
        }
        long expiring = r.figure(Indicator.ND_EXPIRING_NEXT_YEAR).numerator();
        if (expiring > 0) {
            b.append(' ').append(expiring).append(expiring == 1 ? " normative document expires" : " normative documents expire")
                    .append(" in ").append(r.year() + 1).append(" and should be reviewed in time.");
        }
        return b.toString();
    }

    private static java.util.Optional<String> clauseEn(StatsReport r, Duty d, long count) {
        StatsReport.Figure f = r.figure(d.indicator());
        long den = f.denominator();
        if (den == 0 && f.unknown() == 0) {
            return java.util.Optional.empty();
        }
        if (den == 0) {
            return java.util.Optional.of("whether " + f.unknown() + " " + d.doneEn() + " is not known");
        }
        if (f.numerator() == 0 && den < count || f.numerator() == 0 && f.unknown() > 0) {
            return java.util.Optional.of("none of " + den + (d.dueEn() == null ? "" : " " + d.dueEn()) + " " + d.doneEn() + unknownTail(f, Lang.EN));
        }
        String of = d.dueEn() == null || den == count && f.numerator() == den ? "" : " of the " + den + " " + d.dueEn();
        String s = f.numerator() == den
                ? (f.unknown() == 0 && of.isEmpty() ? "all " : of.isEmpty() ? den + " " : "all" + of + " ") + d.doneEn()
                : f.numerator() + of + " " + d.doneEn() + " (" + Numbers.percent(f.numerator(), den) + ")";
        return java.util.Optional.of(s + unknownTail(f, Lang.EN));
    }
}
