package juece.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import juece.engine.RuleBook;
import org.junit.jupiter.api.Test;

/** {@code juece explain}: every rule id, in both languages, says what it rests on and never prints an empty section. */
class ExplainTest {

    @Test
    void noRuleIdExplainsWithAnEmptySection() {
        List<String> wrong = new ArrayList<>();
        for (String id : RuleBook.builtIn().catalog().ids().keySet()) {
            for (String lang : List.of("zh", "en")) {
                CliTest.Run r = CliTest.run("explain", id, "--lang", lang);
                if (r.exit() != 0) {
                    wrong.add(id + " (" + lang + "): exit " + r.exit() + " " + r.err());
                    continue;
                }
                // blocks are separated by a blank line; after the three header lines each block is a
                // heading and at least one line of content under it
                String[] blocks = r.out().replace("\r\n", "\n").strip().split("\n\n");
                if (blocks.length < 2) {
                    wrong.add(id + " (" + lang + "): nothing after the header");
                }
                for (int i = 1; i < blocks.length; i++) {
                    String[] lines = blocks[i].split("\n");
                    boolean content = false;
                    for (int k = 1; k < lines.length; k++) {
                        content |= !lines[k].isBlank();
                    }
                    if (!content) {
                        wrong.add(id + " (" + lang + "): the section \"" + lines[0] + "\" is empty");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aRuleOnAProfileParameterShowsEveryBuiltInProfileAndThatNationalLawSetsNoMaximum() {
        String out = CliTest.run("explain", "normative/validity-too-long").out();
        assertTrue(out.contains("规则档案参数（不是法条"), out);
        assertTrue(out.contains("national：无上限（null）（来源：国家层面未规定行政规范性文件的有效期上限）"), out);
        assertTrue(out.contains("jiangsu：5年"), out);
        assertTrue(out.contains("mca：2年"), out);
        assertTrue(!out.contains("条文（"), "no article to quote, so no article section: " + out);
        String filing = CliTest.run("explain", "filing/overdue", "--lang", "en").out();
        assertTrue(filing.contains("shanghai: 30 days (source: Shanghai Regulations"), filing);
        assertTrue(filing.contains("hunan: 15 days"), filing);
        assertTrue(filing.contains("第七十五条"), "the article is still quoted: " + filing);
        String waiver = CliTest.run("explain", "waiver/unused").out();
        assertTrue(waiver.contains("其他依据（不是法条）\n  juece/v1 档案格式 waivers（SPEC §3）"), waiver);
    }
}
