package juece.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import juece.validate.SchemaWriter;
import picocli.CommandLine.Command;

/** {@code juece schema}: the JSON Schema of juece/v1 for editors (also shipped as schema/juece-v1.schema.json). */
@Command(name = "schema", mixinStandardHelpOptions = true, description = "Print the JSON Schema of the juece/v1 dossier format.")
final class SchemaCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(main.out, true, StandardCharsets.UTF_8);
        out.print(SchemaWriter.schema());
        out.flush();
        return Main.OK;
    }
}
