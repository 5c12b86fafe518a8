package juece.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import juece.text.Lang;

/** How the figures are written: a rate with its fraction ({@code 91.7%（11/12）}), {@code —} for 0/0. */
final class Numbers {
    private Numbers() {
    }

    /** {@code 91.7%}, {@code 100%}, or {@code —} for 0/0. */
    static String percent(long numerator, long denominator) {
        if (denominator == 0) {
            return "—";
        }
        BigDecimal p = BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        return p.stripTrailingZeros().toPlainString() + "%";
    }

    /** {@code 91.7%（11/12）}, or {@code —（0/0）}. */
    static String rate(long numerator, long denominator, Lang lang) {
        String fraction = numerator + "/" + denominator;
        return percent(numerator, denominator) + (lang == Lang.ZH ? "（" + fraction + "）" : " (" + fraction + ")");
    }

    /** The figure as a report line writes it: a rate with its fraction, or a count. */
    static String figure(StatsReport.Figure f, Lang lang) {
        if (f.denominator() == null) {
            return lang == Lang.ZH ? f.numerator() + (f.indicator() == Indicator.MD_HEARINGS ? "场" : "件") : String.valueOf(f.numerator());
        }
        return rate(f.numerator(), f.denominator(), lang);
    }

    /** The rate as JSON gives it: four decimals, null for a count or 0/0. */
    static BigDecimal rate4(StatsReport.Figure f) {
        if (f.denominator() == null || f.denominator() == 0) {
            return null;
        }
        return BigDecimal.valueOf(f.numerator()).divide(BigDecimal.valueOf(f.denominator()), 4, RoundingMode.HALF_UP);
    }
}
