package juece.validate;

import java.time.LocalDate;
import java.util.List;
import juece.facts.Kind;
import juece.facts.Vocabulary;

/**
 * A dossier to start from, generated from the format declaration: every key the kind allows, with
 * {@code unknown} wherever the adviser has not filled it in yet, so that a draft checks without
 * inventing anything. A step stands as {@code unknown} (it may or may not have taken place), its
 * fields commented out below it, ready to be written in once the record shows it; the mappings
 * every dossier has (scope, traits, the document) list their fields, each unknown. Comments in
 * Chinese say what each field is.
 */
public final class Skeleton {
    private static final int COMMENT_COLUMN = 36;

    private Skeleton() {
    }

    public static String of(Kind kind, LocalDate today) {
        StringBuilder b = new StringBuilder();
        b.append("# juece/v1 档案（").append(kind.label(juece.text.Lang.ZH)).append("）：由 juece init 生成。\n")
                .append("# 写作 unknown（或“未知”）的，是手头记录还看不出来的事实：检查不会替你猜测，只会说明哪些规则因此未作结论。\n")
                .append("# 已进行的步骤：把该步骤的 unknown 换成其下注释中的字段并如实填写；确实未进行的步骤：删去该行。\n")
                .append("# 可选值可以写代码或中文（如 meeting: 常务会议），全部取值见 juece vocabulary。\n");
        for (Field f : DossierFormat.ROOT.fields()) {
            if (!f.allowedFor().contains(kind)) {
                continue;
            }
            switch (f.key()) {
                case "format" -> line(b, 0, "format: " + DossierFormat.VERSION, f);
                case "kind" -> line(b, 0, "kind: " + kind.yaml(), f);
                case "id" -> line(b, 0, "id: 草案-" + today.toString().replace("-", ""), "档案编号（一次检查内唯一）：改为本单位的编号");
                // the dossier's own register, and the decision's life after publication: written when there is something
                case "profile", "evidence", "waivers", "execution", "post_evaluation", "adjustments" -> comment(b, 0, f);
                default -> field(b, 0, f, kind);
            }
        }
        return b.toString();
    }

    private static void field(StringBuilder b, int indent, Field f, Kind kind) {
        Shape shape = f.shape() instanceof Shape.PerKind k ? k.of(kind) : f.shape();
        boolean always = f.isRequired(kind) || indent > 0;
        if (shape instanceof Shape.Obj o && always) {
            // a mapping every dossier has: its fields, each as far as it is known
            line(b, indent, f.key() + ":", f);
            for (Field child : o.fields()) {
                if (child.allowedFor().contains(kind)) {
                    field(b, indent + 2, child, kind);
                }
            }
        } else if (!f.mayBeUnknown()) {
            if (always) {
                line(b, indent, f.key() + ": " + sample(shape), f);
            } else {
                comment(b, indent, f); // what the dossier says of itself, written when it applies
            }
        } else if (shape instanceof Shape.Obj o) {
            // a step: it may or may not have taken place; its fields, ready to be written in
            line(b, indent, f.key() + ": unknown", f);
            commented(b, indent + 2, o, kind);
        } else if (f.isRequired(kind) || indent > 0 && f.isRequired(null)) {
            line(b, indent, f.key() + ": unknown", f);
        } else {
            comment(b, indent, f);
        }
    }

    /** A step's fields, commented out, nested mappings and lists of mappings spelled out too. */
    private static void commented(StringBuilder b, int indent, Shape.Obj o, Kind kind) {
        for (Field child : o.fields()) {
            if (!child.allowedFor().contains(kind)) {
                continue;
            }
            Shape s = child.shape() instanceof Shape.ListOf l ? l.item() : child.shape();
            String prefix = "#" + " ".repeat(indent - 1);
            if (s instanceof Shape.Obj nested) {
                b.append(prefix).append(child.key()).append(':').append(child.shape() instanceof Shape.ListOf ? "    # " : "    # ")
                        .append(child.zh()).append(child.shape() instanceof Shape.ListOf ? "（每项以 - 开头）" : "").append('\n');
                commented(b, indent + 2, nested, kind);
            } else {
                b.append(prefix).append(child.key()).append(": ").append(sample(child.shape())).append("    # ").append(child.zh()).append('\n');
            }
        }
    }

    /** What a field takes, as a placeholder for the adviser: a date pattern, the first code of a vocabulary, … */
    private static String sample(Shape shape) {
        if (shape instanceof Shape.Date) {
            return "YYYY-MM-DD";
        } else if (shape instanceof Shape.Bool) {
            return "true 或 false";
        } else if (shape instanceof Shape.Count) {
            return "0";
        } else if (shape instanceof Shape.Choice c) {
            List<String> codes = Vocabulary.codes(c.vocabulary());
            return c.vocabulary() == juece.facts.Exclusion.class || c.vocabulary() == juece.facts.DocumentExclusion.class
                    ? codes.get(0) : String.join(" | ", codes);
        } else if (shape instanceof Shape.ListOf) {
            return "[]";
        } else if (shape instanceof Shape.Obj) {
            return "{…}";
        }
        return "…";
    }

    private static void comment(StringBuilder b, int indent, Field f) {
        b.append(" ".repeat(indent)).append("# ").append(f.key()).append(": …").append("    # （可选）").append(f.zh()).append('\n');
    }

    private static void line(StringBuilder b, int indent, String text, Field f) {
        line(b, indent, text, f.zh());
    }

    private static void line(StringBuilder b, int indent, String text, String note) {
        String content = " ".repeat(indent) + text;
        b.append(content).append(" ".repeat(Math.max(1, COMMENT_COLUMN - content.length()))).append("# ").append(note).append('\n');
    }
}
