package juece.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import juece.validate.VocabularyReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code juece vocabulary}: every enumerated field with its codes, Chinese terms, synonyms and meanings (the README's reference). */
@Command(name = "vocabulary", mixinStandardHelpOptions = true,
        description = "Print every enumerated field of a dossier: codes, Chinese terms, synonyms, meanings (Markdown).")
final class VocabularyCommand implements Callable<Integer> {
    @Mixin
    LangOption language = new LangOption();

    @picocli.CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintStream out = main.terminal.print(main.out);
        out.print(VocabularyReference.markdown(language.lang()));
        out.flush();
        return Main.OK;
    }
}
