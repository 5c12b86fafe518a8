package juece.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import juece.cli.CliTest.Run;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The usage help is Chinese by default, as the usage errors are, and English with --lang en. */
class HelpInChineseTest {
    private static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}");

    /** Every command and every option or parameter of every command has its description in Chinese. */
    @Test
    void everyDescriptionHasItsChineseText() {
        CommandLine zh = Main.commandLine(System.out, System.err, Terminal.UTF8, juece.text.Lang.ZH);
        List<String> missing = new ArrayList<>();
        walk(zh, missing);
        assertEquals(List.of(), missing, "add them to src/main/resources/juece/cli/help_zh.properties");
    }

    private static void walk(CommandLine cl, List<String> missing) {
        CommandSpec spec = cl.getCommandSpec();
        String name = spec.qualifiedName(" ");
        String description = String.join("", spec.usageMessage().description());
        // the main command's English names the instruments in Chinese too: it must not stand for the Chinese text
        if (!HAN.matcher(description).find() || description.startsWith("Checks")) {
            missing.add(name + ": description");
        }
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec a : args) {
            String text = String.join(" ", a.description());
            if (!HAN.matcher(text).find()) {
                missing.add(name + " " + (a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel()) + ": " + text);
            }
        }
        cl.getSubcommands().values().forEach(sub -> walk(sub, missing));
    }

    @Test
    void theHelpReadsInChineseUnlessEnglishIsAskedFor() {
        Run zh = CliTest.run("check", "--help");
        assertEquals(0, zh.exit(), zh.err());
        assertTrue(zh.out().startsWith("用法：juece check"), zh.out());
        assertTrue(zh.out().contains("所有期限按哪一天计算"), zh.out());
        Run en = CliTest.run("check", "--help", "--lang", "en");
        assertTrue(en.out().startsWith("Usage: juece check"), en.out());
        assertTrue(en.out().contains("\"today\" for every deadline"), en.out());
        assertFalse(en.out().contains("所有期限"), en.out());
        Run top = CliTest.run("--help");
        assertTrue(top.out().contains("命令：") && top.out().contains("检查档案"), top.out());
        assertTrue(top.out().contains("显示指定命令的帮助"), "picocli's own help command too: " + top.out());
        Run help = CliTest.run("help", "stats");
        assertTrue(help.out().contains("统计年度"), help.out());
    }
}
