package juece.read;

import static juece.text.Texts.msg;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import juece.text.Message;

/**
 * The YAML parser's syntax errors in words a legal adviser can act on, in either language: the
 * common ones (a tab in the indentation, an unquoted colon, an unclosed quote or bracket) get a
 * message of their own; any other keeps the parser's English text.
 */
final class SyntaxError {
    private static final Pattern RESERVED = Pattern.compile("found character '(.)' that cannot start any token.*");
    /** A key or list item where the block above has not ended: its indentation is off. */
    private static final Pattern MISALIGNED = Pattern.compile("expected <block end>, but found '(\\?|-|<block [a-z ]+>)'.*");
    private static final Pattern ESCAPE = Pattern.compile("found unknown escape character (.).*");
    /** A closing bracket or brace with no opening one before it. */
    private static final Pattern UNPAIRED = Pattern.compile("expected <block end>, but found '([\\]}])'.*");
    /** A value missing where one must stand: after "[", "{", "- " or "key:" at the end of the file, or before a "]". */
    private static final Pattern NO_VALUE = Pattern.compile("expected the node content, but found '(.+?)'.*");

    private SyntaxError() {
    }

    static Message of(String parserText) {
        String p = parserText == null ? "" : parserText.strip().replaceAll("\\s*\\n\\s*", " ");
        Matcher m;
        if (p.contains("\\t(TAB)")) {
            return msg("read.syntax.tab");
        } else if ((m = RESERVED.matcher(p)).matches()) {
            return msg("read.syntax.reserved", "char", m.group(1));
        } else if ((m = ESCAPE.matcher(p)).matches()) {
            return msg("read.syntax.escape", "char", m.group(1));
        } else if (p.startsWith("expected ',' or ']'") || p.startsWith("expected ',' or '}'")
                || (m = NO_VALUE.matcher(p)).matches() && m.group(1).equals("<stream end>")) {
            return msg("read.syntax.unclosed-flow");
        } else if ((m = UNPAIRED.matcher(p)).matches()) {
            return msg("read.syntax.unpaired", "char", m.group(1));
        } else if ((m = NO_VALUE.matcher(p)).matches()) {
            return msg("read.syntax.no-value", "found", m.group(1));
        } else if (p.startsWith("mapping values are not allowed here")) {
            return msg("read.syntax.mapping-values");
        } else if (p.startsWith("Expected a field name") && p.contains("StartEvent")) {
            return msg("read.syntax.complex-key");
        } else if (p.startsWith("could not find expected ':'")) {
            return msg("read.syntax.missing-colon");
        } else if (p.startsWith("found unexpected end of stream")) {
            return msg("read.syntax.unclosed-quote");
        } else if (MISALIGNED.matcher(p).matches() || p.startsWith("did not find expected key")
                || p.startsWith("did not find expected '-' indicator")) {
            return msg("read.syntax.indentation", "detail", p);
        }
        return msg("read.syntax", "detail", p);
    }
}
