package juece.cli;

import juece.text.Lang;
import picocli.CommandLine.Option;

/** {@code --lang}, mixed into every command that writes messages. */
final class LangOption {
    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "message language (default zh)")
    String lang;

    Lang lang() {
        try {
            return Lang.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageError("usage.choice", "option", "--lang", "value", lang, "choices", "zh, en");
        }
    }
}
