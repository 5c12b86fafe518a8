package juece.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import juece.catalog.RuleMeta;
import juece.engine.RuleBook;
import org.junit.jupiter.api.Test;

/** Every text exists in both languages, with the same placeholders. */
class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?:\\|[^|{}]*\\|[^|{}]*)?}");

    static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void bundlesHaveTheSameKeysAndPlaceholders() {
        assertEquals(Texts.keys(Lang.ZH), Texts.keys(Lang.EN));
        List<String> wrong = new ArrayList<>();
        for (String key : Texts.keys(Lang.ZH)) {
            if (!placeholders(Texts.get(key, Lang.ZH)).equals(placeholders(Texts.get(key, Lang.EN)))) {
                wrong.add(key);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyRuleSpeaksBothLanguagesWithTheSameValues() {
        List<String> wrong = new ArrayList<>();
        for (RuleMeta r : RuleBook.builtIn().catalog().rules()) {
            if (r.zh().isBlank() || r.en().isBlank()) {
                wrong.add(r.name() + ": a language is missing");
            } else if (!placeholders(r.zh()).equals(placeholders(r.en()))) {
                wrong.add(r.name() + ": " + placeholders(r.zh()) + " vs " + placeholders(r.en()));
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * A working-day count is a {@code Workdays}, whose label carries its unit and, when the calendar
     * lacks a year, both bounds and the year ("至少0个、至多6个工作日（2016年不在日历范围内）"): a template
     * that adds the unit again would read "…个工作日（…）个工作日". Write {@code {days}} alone.
     */
    @Test
    void workingDayCountsCarryTheirOwnUnit() {
        List<String> wrong = new ArrayList<>();
        Pattern unit = Pattern.compile("\\{days}\\s*(个工作日|working day)");
        for (RuleMeta r : RuleBook.builtIn().catalog().rules()) {
            if (unit.matcher(r.zh()).find() || unit.matcher(r.en()).find()) {
                wrong.add(r.name() + ": write {days} without 个工作日 / working days (the count says its unit)");
            }
        }
        assertEquals(List.of(), wrong);
    }
}
