package juece.facts;

import juece.text.Labeled;

/**
 * A value the dossier wrote {@code unknown} (SPEC §3): where it stands and what it is, for the one
 * {@code record/unknown} finding it gets if it keeps a rule from concluding.
 */
public record UnknownValue(DossierKey dossier, String path, Labeled what) implements Located, Labeled {

    /** "traits.technical（专业性、技术性较强）" */
    @Override
    public String label(juece.text.Lang lang) {
        String w = what.label(lang);
        return w == null || w.isEmpty() ? path : lang == juece.text.Lang.ZH ? path + "（" + w + "）" : path + " (" + w + ")";
    }
}
