package juece.facts;

import juece.text.Labeled;
import juece.text.Lang;

/**
 * Where a profile's value comes from, as the profile says it: {@code source}, and optionally
 * {@code source_en} for English reports (without it, English reports quote the source as written).
 */
public record ParameterSource(String zh, String en) implements Labeled {
    public static final ParameterSource NONE = new ParameterSource("", null);

    public ParameterSource {
        zh = zh == null ? "" : zh;
    }

    @Override
    public String label(Lang lang) {
        return lang == Lang.EN && en != null && !en.isBlank() ? en : zh;
    }
}
