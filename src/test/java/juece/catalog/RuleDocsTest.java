package juece.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import juece.engine.RuleBook;
import org.junit.jupiter.api.Test;

/** Every rule id has its documentation, with all eight sections (a title first), in both languages. */
class RuleDocsTest {
    private static final List<String> SECTIONS = List.of("名称", "目的", "触发条件", "如何整改", "Title", "Purpose", "Trigger", "How to comply");

    @Test
    void everyIdIsDocumentedInBothLanguages() {
        List<String> wrong = new ArrayList<>();
        for (String id : RuleBook.builtIn().catalog().ids().keySet()) {
            var doc = RuleDocs.of(id);
            if (doc.isEmpty()) {
                wrong.add(id + ": no rules/docs/" + id + ".md");
                continue;
            }
            if (!new ArrayList<>(doc.get().sections().keySet()).equals(SECTIONS)) {
                wrong.add(id + ": sections " + doc.get().sections().keySet() + ", expected " + SECTIONS);
            }
            doc.get().sections().forEach((k, v) -> {
                if (v.isBlank()) {
                    wrong.add(id + ": empty section " + k);
                }
            });
        }
        assertEquals(List.of(), wrong);
    }
}
