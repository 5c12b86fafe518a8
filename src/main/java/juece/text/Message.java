package juece.text;

/** Something said to the user; rendered in the language of the run, at the reporter. */
@FunctionalInterface
public interface Message {
    String render(Lang lang);

    /** The same words in both languages, for values that have no translation (names, file paths). */
    static Message literal(String s) {
        return lang -> s;
    }
}
