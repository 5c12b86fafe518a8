package juece.ledger;

import java.util.List;

/**
 * A column a ledger (台账) may have, as SPEC §10.2 names it, with the headers real ledgers use for
 * it: the metadata government sites publish for each document (发文字号, 成文日期, 生效时间, 终止时间,
 * 有效性…) and the columns of filing and decision ledgers. {@code key} is the English header (and the
 * column's name in JSON); {@code header} the Chinese one the template writes; {@code choices} the
 * values of an enumerated column, offered as a dropdown by the template; {@code note} the comment
 * the template puts on the header.
 */
public enum Column {
    TITLE("title", "文件名称", List.of("文件名称", "标题", "名称", "文件标题", "文件名", "决策事项名称", "决策事项", "事项名称"),
            List.of("name"), List.of(),
            "必填。文件或决策事项的全称。名称含“暂行”“试行”而“是否试行”留空的，按试行文件处理。"),
    NUMBER("number", "文号", List.of("文号", "发文字号", "发文文号", "文件字号", "字号"), List.of("document_number", "doc_number"), List.of(),
            "发文字号，如 某府规〔2024〕3号。填写即视为已统一登记、统一编号（三统一）；留空表示没有文号。同一文号在台账与档案中视为同一件文件。"),
    AUTHORITY("authority", "制定机关", List.of("制定机关", "发文机关", "制发机关", "制发机构", "发布机构", "发文单位", "制定单位", "决策机关", "发布机关"),
            List.of("issuer"), List.of(), "必填。制定机关或决策机关的全称，按机关分别统计（--by authority）。"),
    KIND("kind", "类型", List.of("类型", "文件类型", "种类", "档案类型"), List.of("type"), List.of("规范性文件", "重大行政决策"),
            "规范性文件（行政规范性文件）或重大行政决策；留空按规范性文件处理。"),
    DECIDED("decided", "集体审议日期", List.of("集体审议日期", "集体讨论日期", "集体讨论决定日期", "审议日期", "会议审议日期", "审议时间", "决策日期", "决策时间",
                    "集体审议", "集体讨论", "是否经集体审议", "是否经集体讨论", "是否集体审议", "是否集体讨论"),
            List.of("decision_date"), List.of(), "经常务会议、全体会议或部门办公会议等集体审议的日期；留空或“否”表示未经集体审议，“是”表示已审议而日期不详。"),
    REVIEWED("reviewed", "合法性审核日期", List.of("合法性审核日期", "合法性审查日期", "合法性审核时间", "合法性审查时间", "审核日期",
                    "合法性审核", "合法性审查", "是否经合法性审核", "是否经合法性审查", "是否合法性审核", "是否合法性审查"),
            List.of("legality_review"), List.of(), "出具合法性审核（审查）意见的日期；留空或“否”表示未经合法性审核，“是”表示已审核而日期不详。"),
    PUBLISHED("published", "发布日期", List.of("发布日期", "公布日期", "发布时间", "公布时间", "公开日期"), List.of("publication_date"), List.of(),
            "向社会公布的日期；按公布日期计入年度。留空表示尚未公布。"),
    /** 成文日期 / 印发日期: the publication date only where the ledger has no 发布日期 column. */
    ISSUED("issued", "成文日期", List.of("成文日期", "成文时间", "印发日期", "印发时间", "发文日期"), List.of("signed"), List.of(),
            "成文（印发）日期；台账没有“发布日期”列时，按公布日期处理。"),
    EFFECTIVE("effective", "施行日期", List.of("施行日期", "生效日期", "生效时间", "实施日期", "施行时间", "实施时间"), List.of("effective_date"), List.of(),
            "规范性文件必填。施行日期；自公布之日起施行的，可写“自公布之日起施行”。"),
    EXPIRES("expires", "有效期至", List.of("有效期至", "有效期截止日期", "有效期截止", "终止时间", "终止日期", "失效日期", "失效时间"),
            List.of("expiry_date", "valid_until"), List.of(), "有效期届满之日；长期有效的留空或写“长期”。"),
    VALIDITY("validity", "有效期", List.of("有效期", "有效期限"), List.of("validity_years"), List.of(),
            "有效期，如“5年”（自施行日期起算）；也可写届满日期。与“有效期至”二选一。"),
    TRIAL("trial", "是否试行", List.of("是否试行", "是否暂行", "试行", "暂行"), List.of("interim"), List.of("是", "否"),
            "暂行、试行文件填“是”；留空则按名称是否含“暂行”“试行”判断。"),
    FILED("filed", "备案日期", List.of("备案日期", "报备日期", "报送备案日期", "备案时间", "报备时间", "报送备案时间",
                    "是否备案", "是否报备", "是否报送备案"), List.of("filing_date"), List.of(),
            "报送备案的日期；留空或“否”表示尚未备案，“是”表示已备案而日期不详。"),
    FILED_TO("filed_to", "备案机关", List.of("备案机关", "报备机关", "备案审查机关", "备案单位"), List.of("filed_with"), List.of(),
            "接受备案的机关，如 某区人民政府、某区人大常委会。"),
    STATUS("status", "有效性", List.of("有效性", "效力状态", "效力", "时效性", "文件状态", "状态", "清理结果"), List.of("validity_status"),
            List.of("有效", "失效", "废止"), "有效、失效或废止（清理结果“继续有效”“修改”按有效，“宣布失效”按失效）。用于政府信息公开年报的制发、废止、现行有效件数。"),
    ABOLISHED("abolished", "废止日期", List.of("废止日期", "废止时间", "宣布失效日期"), List.of("abolition_date"), List.of(),
            "废止或宣布失效的日期，用于统计本年废止件数。");

    private final String key;
    private final String header;
    private final List<String> zh;
    private final List<String> en;
    private final List<String> choices;
    private final String note;

    Column(String key, String header, List<String> zh, List<String> en, List<String> choices, String note) {
        this.key = key;
        this.header = header;
        this.zh = zh;
        this.en = en;
        this.choices = choices;
        this.note = note;
    }

    /** The English header, as SPEC §10.2 writes it. */
    public String key() {
        return key;
    }

    /** The Chinese header the template writes. */
    public String header() {
        return header;
    }

    /** Every header that names this column: the Chinese ones, the English key and its synonyms. */
    public List<String> headers() {
        List<String> all = new java.util.ArrayList<>(zh);
        all.add(key);
        all.addAll(en);
        return all;
    }

    /** The values of an enumerated column (empty: free text or a date). */
    public List<String> choices() {
        return choices;
    }

    public String note() {
        return note;
    }

    /** Whether the column holds a date. */
    public boolean isDate() {
        return switch (this) {
            case DECIDED, REVIEWED, PUBLISHED, ISSUED, EFFECTIVE, EXPIRES, FILED, ABOLISHED -> true;
            default -> false;
        };
    }

    /** Headers of columns a ledger may have that juece does not read: accepted without a notice. */
    public static final List<String> IGNORED = List.of("序号", "索引号", "主题分类", "主题词", "分类", "备注", "说明",
            "链接", "网址", "原文链接", "附件", "公开方式", "公开属性", "no", "index", "remarks", "notes", "url", "link");
}
