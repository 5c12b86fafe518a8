package juece.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "did you mean" of an unknown key: close spellings and keys that hold the typed words. */
class NearestTest {
    private static final List<String> WAIVER = List.of("rule", "reason", "basis", "approved_by", "expires", "path");
    private static final List<String> HEARING = List.of("date", "notice_published", "record_signed", "participants", "evidence");
    private static final List<String> COMMENT = List.of("published", "closes", "start_date", "end_date", "channels");

    @Test
    void aFewEditsAway() {
        assertEquals("materials_delivered", Nearest.of("materails_delivered", List.of("materials_delivered", "meeting")));
        assertEquals("expires", Nearest.of("expire", WAIVER));
    }

    @Test
    void theTypedWordsInsideALongerKey() {
        assertEquals("approved_by", Nearest.of("approver", WAIVER));
        assertEquals("record_signed", Nearest.of("signed", HEARING));
    }

    @Test
    void nothingWhenTheGuessWouldBeArbitraryOrFar() {
        assertNull(Nearest.of("date", COMMENT), "start_date and end_date tie");
        assertNull(Nearest.of("notice", List.of("notice_one", "notice_two", "notice_three_four")), "a worse match after a tie");
        assertNull(Nearest.of("by", WAIVER), "too short to say");
        assertNull(Nearest.of("budget", WAIVER));
    }
}
