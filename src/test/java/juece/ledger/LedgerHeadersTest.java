package juece.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

/** Headers as ledgers write them: SPEC §10.2's names, the synonyms of real ledgers, the noise around them. */
class LedgerHeadersTest {

    private static Column column(String header) {
        return assertInstanceOf(Headers.Known.class, Headers.match(header), header).column();
    }

    @Test
    void specNamesInChineseAndEnglish() {
        assertEquals(Column.TITLE, column("文件名称"));
        assertEquals(Column.TITLE, column("标题"));
        assertEquals(Column.TITLE, column("title"));
        assertEquals(Column.NUMBER, column("文号"));
        assertEquals(Column.NUMBER, column("发文字号"));
        assertEquals(Column.NUMBER, column("number"));
        assertEquals(Column.AUTHORITY, column("制定机关"));
        assertEquals(Column.AUTHORITY, column("发文机关"));
        assertEquals(Column.PUBLISHED, column("发布日期"));
        assertEquals(Column.PUBLISHED, column("公布日期"));
        assertEquals(Column.EFFECTIVE, column("施行日期"));
        assertEquals(Column.EFFECTIVE, column("生效日期"));
        assertEquals(Column.EFFECTIVE, column("生效时间"));
        assertEquals(Column.EXPIRES, column("有效期至"));
        assertEquals(Column.EXPIRES, column("终止时间"));
        assertEquals(Column.VALIDITY, column("有效期"));
        assertEquals(Column.TRIAL, column("是否试行"));
        assertEquals(Column.DECIDED, column("集体审议日期"));
        assertEquals(Column.REVIEWED, column("合法性审核日期"));
        assertEquals(Column.FILED, column("备案日期"));
        assertEquals(Column.FILED_TO, column("备案机关"));
        assertEquals(Column.FILED_TO, column("filed_to"));
        assertEquals(Column.KIND, column("类型"));
        assertEquals(Column.KIND, column("kind"));
        assertEquals(Column.ISSUED, column("成文日期"));
        assertEquals(Column.STATUS, column("有效性"));
    }

    @Test
    void noiseAroundAHeaderIsIgnored() {
        assertEquals(Column.FILED, column(" 备案日期（必填） "));
        assertEquals(Column.FILED, column("备案日期(必填)"));
        assertEquals(Column.PUBLISHED, column("发布日期（格式：2024-01-01）"));
        assertEquals(Column.NUMBER, column("【必填】文号"));
        assertEquals(Column.NUMBER, column("*文号"));
        assertEquals(Column.NUMBER, column("文号："));
        assertEquals(Column.PUBLISHED, column("发布\n日期"));
        assertEquals(Column.PUBLISHED, column("发 布 日 期"));
        assertEquals(Column.FILED_TO, column("Filed To"));
        assertEquals(Column.FILED_TO, column("FILED-TO"));
        assertEquals(Column.TITLE, column("ｔｉｔｌｅ")); // full-width letters
        assertEquals(Column.EXPIRES, column("有效期至（长期有效的留空）"));
    }

    @Test
    void ignoredAndUnknownHeaders() {
        assertInstanceOf(Headers.Ignored.class, Headers.match("序号"));
        assertInstanceOf(Headers.Ignored.class, Headers.match("索引号"));
        assertInstanceOf(Headers.Ignored.class, Headers.match("备注"));
        assertInstanceOf(Headers.Blank.class, Headers.match("  "));
        Headers.Unknown typo = assertInstanceOf(Headers.Unknown.class, Headers.match("备案日其"));
        assertEquals("备案日期", typo.nearest());
        Headers.Unknown english = assertInstanceOf(Headers.Unknown.class, Headers.match("publshed"));
        assertEquals("published", english.nearest());
        assertEquals(null, assertInstanceOf(Headers.Unknown.class, Headers.match("责任科室负责人")).nearest());
    }
}
