package juece.catalog;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import juece.facts.Kind;
import juece.facts.Step;
import juece.text.Lang;
import juece.text.Template;

/**
 * One rule's metadata, read back from its DRL annotations: {@code @id @severity @step @basis
 * @waivable} and the message templates {@code @zh @en}. Several DRL rules may share an id when the
 * law has branches (a 30-day minimum for decisions, a 7-working-day benchmark for documents); each
 * carries its own severity and basis. A rule that judges both kinds the same way but rests on a
 * different instrument for normative documents says so with {@code @basis_nd} ({@code basisNd}).
 * {@code @kind} names the one kind of dossier a rule judges (its {@code Procedure(kind == …)}); without
 * it the rule judges every kind.
 */
public record RuleMeta(String name, String id, Severity severity, Step step, String basis, String basisNd,
                       boolean waivable, Set<Kind> kinds, String zh, String en, String file) {
    public RuleMeta {
        kinds = kinds.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(kinds);
    }

    /** The legal basis of a finding about a dossier of {@code kind} (null: the rule's general basis). */
    public String basisFor(Kind kind) {
        return kind == Kind.NORMATIVE_DOCUMENT && basisNd != null ? basisNd : basis;
    }

    public String template(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    public String message(Map<String, ?> args, Lang lang) {
        return Template.fill(template(lang), args, lang);
    }
}
