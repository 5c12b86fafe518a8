package juece.validate;

import static juece.text.Texts.msg;

import java.util.Arrays;
import java.util.stream.Collectors;
import juece.facts.Vocabulary;
import juece.read.Node;
import juece.text.Lang;
import juece.text.Message;

/** How the validator says what a field is and what it expects, in the run's language. */
record Describe(Field field) implements Message {

    @Override
    public String render(Lang lang) {
        return lang == Lang.ZH ? field.zh() : field.en();
    }

    static Message expected(Shape shape) {
        if (shape instanceof Shape.Const c) {
            return msg("expect.const", "value", c.value());
        } else if (shape instanceof Shape.Choice c) {
            return msg("expect.choice", "choices", new Choices(c.vocabulary()));
        } else if (shape instanceof Shape.ListOf l) {
            return msg("expect.list", "item", expected(l.item()));
        } else if (shape instanceof Shape.Obj || shape instanceof Shape.PerKind) {
            return msg("expect.mapping");
        }
        return msg("expect." + shape.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
    }

    /** A vocabulary's codes, each with its Chinese term (or English name): "executive_meeting（常务会议）". */
    record Choices(Class<? extends Vocabulary> vocabulary) implements Message {
        @Override
        public String render(Lang lang) {
            return Arrays.stream(vocabulary.getEnumConstants())
                    .map(v -> lang == Lang.ZH ? v.yaml() + "（" + v.label(lang) + "）" : v.yaml() + " (" + v.label(lang) + ")")
                    .collect(Collectors.joining(lang == Lang.ZH ? "、" : ", "));
        }
    }

    static Message actual(Node node) {
        if (node instanceof Node.Mapping) {
            return msg("actual.mapping");
        } else if (node instanceof Node.Seq) {
            return msg("actual.list");
        }
        return Message.literal(((Node.Scalar) node).describe());
    }
}
