package juece.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import juece.catalog.RuleMeta;
import juece.engine.RuleBook;
import juece.text.Lang;
import org.junit.jupiter.api.Test;

/** Every article a rule cites exists in the shipped text of its instrument; citations render in English. */
class LawTest {
    private static final Law LAW = Law.get();

    @Test
    void everyCitedArticleIsInTheShippedText() {
        List<String> missing = new ArrayList<>();
        for (RuleMeta r : RuleBook.builtIn().catalog().rules()) {
            for (String basis : r.basisNd() == null ? List.of(r.basis()) : List.of(r.basis(), r.basisNd())) {
                for (Citation c : LAW.cite(basis)) {
                    if (c.instrument() == null || c.instrument().file().isEmpty()) {
                        continue;
                    }
                    if (c.articles().isEmpty()) {
                        missing.add(r.name() + ": no article in \"" + c.text() + "\"");
                    }
                    for (String a : c.articles()) {
                        if (LAW.text(c.instrument(), a).isEmpty()) {
                            missing.add(r.name() + ": " + c.instrument().shortName() + " " + a + " is not in " + c.instrument().file());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void quotesWholeArticles() {
        Instrument md = LAW.cite("重大行政决策程序暂行条例 第十五条").get(0).instrument();
        String art15 = LAW.text(md, "第十五条").orElseThrow();
        assertTrue(art15.startsWith("第十五条 决策事项向社会公开征求意见的"), art15);
        assertTrue(art15.contains("公开征求意见的期限一般不少于30日"), art15);
        assertTrue(art15.contains("对社会公众普遍关心或者专业性、技术性较强的问题"), "both paragraphs: " + art15);
        assertTrue(!art15.contains("第十六条"), art15);
        assertTrue(LAW.text(md, "第二十五条第二款").orElseThrow().startsWith("第二十五条"));
        Instrument civil = LAW.cite("民法典 第二百零三条").get(0).instrument();
        assertTrue(LAW.text(civil, "第二百零三条").orElseThrow().contains("法定休假日结束的次日"));
        Instrument gbf = LAW.cite("国办发〔2018〕115号（五）").get(0).instrument();
        assertTrue(LAW.text(gbf, "（五）").orElseThrow().contains("最长不超过15个工作日"));
    }

    /**
     * Every article of every shipped text is quoted whole and alone: it opens with its own number,
     * holds no heading (a chapter or section title that follows it, "### 第四节 …"), no other article,
     * and the quotes together hold every line of the text's body, so nothing is lost either.
     */
    @Test
    void everyArticleOfEveryShippedTextIsQuotedWithoutTheNextHeading() throws java.io.IOException {
        List<String> wrong = new ArrayList<>();
        java.util.regex.Pattern heading = java.util.regex.Pattern.compile("^(#|<!--|第[一二三四五六七八九十百零千]+[编章节]([ 　].*)?$).*");
        java.util.regex.Pattern articleLine = java.util.regex.Pattern.compile("^第[一二三四五六七八九十百零千]+条[ 　].*");
        int instruments = 0;
        for (Instrument i : LAW.instruments()) {
            if (i.file().isEmpty()) {
                continue;
            }
            instruments++;
            List<String> articles = LAW.articles(i);
            if (articles.isEmpty()) {
                wrong.add(i.shortName() + ": no article found in " + i.file());
            }
            if (articles.size() != new java.util.HashSet<>(articles).size()) {
                wrong.add(i.shortName() + ": an article number occurs twice in " + i.file());
            }
            int quoted = 0;
            for (String a : articles) {
                String text = LAW.text(i, a).orElse(null);
                if (text == null) {
                    wrong.add(i.shortName() + " " + a + ": no text");
                    continue;
                }
                List<String> lines = text.lines().toList();
                quoted += lines.size() - (i.file().contains("节选") ? 1 : 0); // an excerpt's "## （五）" is its heading, not a line
                if (!lines.get(0).startsWith(a)) {
                    wrong.add(i.shortName() + " " + a + ": the quote opens with " + lines.get(0));
                }
                for (String l : lines.subList(1, lines.size())) {
                    if (heading.matcher(l).matches() || articleLine.matcher(l).matches()) {
                        wrong.add(i.shortName() + " " + a + ": the quote holds \"" + l + "\"");
                    }
                }
            }
            String body = new String(Law.class.getResourceAsStream("/juece/law/" + i.file()).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            List<String> all = body.lines().map(String::strip).toList();
            int first = 0;
            while (first < all.size() && !articleLine.matcher(all.get(first)).matches()
                    && !(i.file().contains("节选") && all.get(first).startsWith("## "))) {
                first++;
            }
            long bodyLines = all.subList(first, all.size()).stream()
                    .filter(l -> !l.isEmpty() && !heading.matcher(l).matches()).count();
            if (bodyLines != quoted) {
                wrong.add(i.shortName() + ": the quotes hold " + quoted + " lines, the text's body " + bodyLines);
            }
        }
        assertTrue(instruments >= 14, "every shipped text is checked: " + instruments);
        assertEquals(List.of(), wrong);
        Instrument organic = LAW.instrument("地方组织法").orElseThrow();
        String art78 = LAW.text(organic, "第七十八条").orElseThrow();
        assertTrue(art78.endsWith("政府工作中的重大问题，须经政府常务会议或者全体会议讨论决定。"), art78);
        assertEquals(44, LAW.articles(LAW.instrument("重大行政决策程序暂行条例").orElseThrow()).size());
    }

    @Test
    void rendersCitationsInEnglish() {
        assertEquals("Interim Regulations on Major Administrative Decision-making Procedures (重大行政决策程序暂行条例), Art. 25(2)",
                Law.render("重大行政决策程序暂行条例 第二十五条第二款", Lang.EN));
        assertEquals("Regulations on the Disclosure of Government Information (政府信息公开条例), Arts. 20, 26",
                Law.render("政府信息公开条例 第二十条、第二十六条", Lang.EN));
        assertTrue(Law.render("国办发〔2018〕115号（五）", Lang.EN).endsWith("(国办发〔2018〕115号), §(5)"));
        assertEquals("Organic Law of the Local People's Congresses and Local People's Governments (地方组织法), Art. 75; profile parameter filing_days",
                Law.render("地方组织法 第七十五条；规则档案参数 filing_days", Lang.EN));
        assertEquals("重大行政决策程序暂行条例 第十五条", Law.render("重大行政决策程序暂行条例 第十五条", Lang.ZH));
    }
}
