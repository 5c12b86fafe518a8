package juece.catalog;

import java.util.Map;
import juece.facts.Step;
import juece.text.Lang;
import juece.text.Template;

/**
 * One rule's metadata, read back from its DRL annotations: {@code @id @severity @step @basis
 * @waivable} and the message templates {@code @zh @en}. Several DRL rules may share an id when the
 * law has branches (a 30-day minimum for decisions, a 7-working-day benchmark for documents); each
 * carries its own severity and basis.
 */
public record RuleMeta(String name, String id, Severity severity, Step step, String basis, boolean waivable,
                       String zh, String en, String file) {

    public String template(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    public String message(Map<String, ?> args, Lang lang) {
        return Template.fill(template(lang), args, lang);
    }
}
