package juece.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import juece.facts.Kind;
import juece.facts.Vocabulary;
import juece.validate.Skeleton;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code juece init KIND [FILE]}: a commented dossier to start from, every fact unknown until the record shows it. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a dossier skeleton (comments in Chinese; every fact unknown until filled in) to FILE or standard output.")
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", description = "major_decision (重大行政决策) | normative_document (行政规范性文件)")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", arity = "0..1", description = "the file to write (never overwritten); default standard output")
    Path file;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        Kind k = Vocabulary.parse(Kind.class, kind).orElseThrow(() -> new Main.UsageError(
                "usage.choice", "option", "KIND", "value", kind, "choices", "major_decision, normative_document, 重大行政决策, 行政规范性文件"));
        String yaml = Skeleton.of(k, LocalDate.now());
        if (file == null) {
            PrintStream out = main.terminal.print(main.out);
            out.print(yaml);
            out.flush();
            return Main.OK;
        }
        try {
            Files.writeString(file, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new Main.UsageError("usage.init-exists", "file", file);
        } catch (IOException e) {
            throw Main.UsageError.literal(file + ": " + e.getMessage());
        }
        main.terminal.print(main.err).println(juece.text.Texts.msg("init.written", "file", file).render(UsageErrors.lang(new String[0])));
        return Main.OK;
    }
}
