package juece.validate;

import static juece.text.Texts.msg;

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
            return msg("expect.choice", "choices", c.spellings());
        } else if (shape instanceof Shape.ListOf l) {
            return msg("expect.list", "item", expected(l.item()));
        } else if (shape instanceof Shape.Obj) {
            return msg("expect.mapping");
        }
        return msg("expect." + shape.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
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
