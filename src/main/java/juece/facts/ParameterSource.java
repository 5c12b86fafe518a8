package juece.facts;

import juece.text.Labeled;
import juece.text.Lang;

/**
 * Where a profile's value comes from, as the profile says it: {@code source}, and optionally
 * {@code source_en} for English reports (without it, English reports quote the source as written).
 */
public record ParameterSource(String zh, String en, boolean general) implements Labeled {
    public static final ParameterSource NONE = new ParameterSource("", null, false);

    public ParameterSource {
        zh = zh == null ? "" : zh;
    }

    /**
     * Where a value comes from; {@code general}: the text says "一般" (as a rule, with exceptions), so
     * that a finding resting on it is a warning, not an error (SPEC §4: 一般 → warning).
     */
    public ParameterSource(String zh, String en) {
        this(zh, en, false);
    }

    @Override
    public String label(Lang lang) {
        return lang == Lang.EN && en != null && !en.isBlank() ? en : zh;
    }
}
