package juece.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import juece.cli.Main;
import juece.read.ReadResult;
import juece.read.YamlReader;
import juece.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command the README shows is run, as the catalogue is kept current: each {@code ./juece}
 * line of its {@code sh} blocks, in order, from the repository root. A file a command writes (init,
 * a template, --output) goes to a scratch folder, and later commands that name it read it there. A
 * command exits 0 or 1 unless its comment says otherwise ("退出码 N"); `serve` runs until stopped, so
 * its line is parsed only. The dossier the README shows as an example must be one the loader accepts.
 */
class ReadmeCommandsTest {
    private static final Pattern BLOCK = Pattern.compile("(?s)```(sh|yaml)\\n(.*?)```");
    private static final Pattern EXIT = Pattern.compile("退出码\\s*(\\d)");
    private static final Pattern WORD = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)");

    @Test
    void everyCommandTheReadmeShowsRuns(@TempDir Path scratch) throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(readme);
        Map<String, String> written = new HashMap<>();
        int ran = 0;
        List<String> failed = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).equals("yaml")) {
                continue;
            }
            for (String line : m.group(2).split("\n")) {
                String command = line.strip();
                if (!command.startsWith("./juece ")) {
                    continue;
                }
                int hash = command.indexOf(" #");
                String comment = hash < 0 ? "" : command.substring(hash);
                List<String> args = words(hash < 0 ? command : command.substring(0, hash));
                args.remove(0);
                if (args.get(0).equals("serve")) {
                    args.add("--help");
                }
                redirect(args, scratch, written);
                Matcher exit = EXIT.matcher(comment);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
                boolean ok = exit.find() ? code == Integer.parseInt(exit.group(1)) : code <= 1;
                if (!ok) {
                    failed.add(command + " → exit " + code + ": " + err.toString(StandardCharsets.UTF_8).strip());
                }
                ran++;
            }
        }
        assertTrue(ran >= 15, "README commands found: " + ran);
        assertEquals(List.of(), failed);
    }

    @Test
    void theDossierTheReadmeShowsIsOneTheLoaderAccepts() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(readme);
        int dossiers = 0;
        while (m.find()) {
            if (m.group(1).equals("yaml") && m.group(2).startsWith("format: juece/v1")) {
                ReadResult read = YamlReader.parse("README.md", m.group(2).getBytes(StandardCharsets.UTF_8));
                assertTrue(read.ok(), () -> read.problems().toString());
                assertEquals(List.of(), Validator.validate(read.document()));
                dossiers++;
            }
        }
        assertTrue(dossiers >= 1);
    }

    /** A shell line's words, quotes removed. */
    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        Matcher w = WORD.matcher(line);
        while (w.find()) {
            out.add(w.group(1) != null ? w.group(1) : w.group(2) != null ? w.group(2) : w.group(3));
        }
        return out;
    }

    /** The files a command writes go to the scratch folder; a name written earlier is read from there. */
    private static void redirect(List<String> args, Path scratch, Map<String, String> written) {
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            boolean writes = args.get(i - 1).equals("--output")
                    || args.get(0).equals("init") && i == 2
                    || args.get(0).equals("template") && i == 2;
            if (writes) {
                String target = scratch.resolve(a).toString();
                written.put(a, target);
                args.set(i, target);
            } else if (written.containsKey(a)) {
                args.set(i, written.get(a));
            }
        }
    }
}
