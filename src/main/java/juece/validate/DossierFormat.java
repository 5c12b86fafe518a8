package juece.validate;

import static juece.validate.Field.optional;
import static juece.validate.Field.required;

import java.util.List;
import java.util.Map;
import juece.facts.AdjustmentKind;
import juece.facts.AuthorityType;
import juece.facts.Category;
import juece.facts.Channel;
import juece.facts.ConsultationMethod;
import juece.facts.DecisionOutcome;
import juece.facts.Dissent;
import juece.facts.DocumentExclusion;
import juece.facts.EvidenceKind;
import juece.facts.Exclusion;
import juece.facts.FcrConclusion;
import juece.facts.InterpretationMethod;
import juece.facts.Kind;
import juece.facts.LegalityConclusion;
import juece.facts.MeetingType;
import juece.facts.RiskLevel;
import juece.facts.Vocabulary;
import juece.text.Labeled;
import juece.text.Lang;

/**
 * The {@code juece/v1} dossier format (SPEC §3), declared once. Field names are fixed by the SPEC;
 * which fields are required is this format's choice: a field a rule needs in order to conclude is
 * required, so that the checker never has to guess (SPEC §3: "the checker never guesses false").
 */
public final class DossierFormat {
    public static final String VERSION = "juece/v1";

    private static final Shape TEXT = new Shape.Text();
    private static final Shape DATE = new Shape.Date();
    private static final Shape BOOL = new Shape.Bool();
    private static final Shape IDS = new Shape.ListOf(TEXT, false);

    private DossierFormat() {
    }

    private static Shape choice(Class<? extends Vocabulary> v) {
        return new Shape.Choice(v);
    }

    private static Shape.Obj obj(Field... fields) {
        return new Shape.Obj(List.of(fields), List.of());
    }

    private static Shape.Obj obj(List<Shape.Check> checks, Field... fields) {
        return new Shape.Obj(List.of(fields), checks);
    }

    /** The evidence a step cites: the adviser's own register of what is at hand, never unknown. */
    private static Field evidence() {
        return optional("evidence", IDS, "证据编号（见 evidence 列表）", "ids of evidence records (see the evidence list)").known();
    }

    static final Shape.Obj DECISION_SCOPE = obj(
            required("category", choice(Category.class), "决策事项类别（第三条第一款）", "kind of matter (Art. 3 para 1)"),
            required("in_catalog", BOOL, "已列入公布的决策事项目录", "listed in the published decision catalogue"),
            required("excluded", choice(Exclusion.class), "第三条第二款排除情形；none 为不排除", "exclusion under Art. 3 para 2; none if not excluded").known());

    static final Shape.Obj DOCUMENT_SCOPE = obj(
            required("excluded", choice(DocumentExclusion.class), "不属于行政规范性文件的情形；none 为属于", "why the document is not a normative document; none if it is one").known());

    /** A decision's scope (Art. 3) or a document's (whether it is a 行政规范性文件 at all). */
    static final Shape SCOPE = new Shape.PerKind(Map.of(Kind.MAJOR_DECISION, DECISION_SCOPE, Kind.NORMATIVE_DOCUMENT, DOCUMENT_SCOPE));

    static final Shape.Obj TRAITS = obj(
            required("public_interest", BOOL, "涉及社会公众切身利益或权利义务", "affects the public's vital interests or rights and obligations"),
            required("technical", BOOL, "专业性、技术性较强", "highly specialised or technical"),
            required("stability_risk", BOOL, "可能对社会稳定、公共安全等造成不利影响", "may harm social stability or public safety"),
            required("market_entities", BOOL, "涉及市场主体（经营者）经济活动", "concerns the economic activity of market entities"),
            required("public_concern", BOOL, "社会公众普遍关心", "of general public concern"),
            required("confidential", BOOL, "依法不予公开", "not to be disclosed by law"),
            required("specific_groups", new Shape.ListOf(TEXT, false), "涉及利益的特定群体（可为空列表）", "specific groups whose interests are affected (may be empty)"),
            optional("exploratory_reform", BOOL, "国家尚无明确规定的探索性改革事项", "exploratory reform on which national law is silent"));

    static final Shape.Obj COMMENT = obj(List.of(new Shape.Order("closes", "published")),
            required("published", DATE, "征求意见公告发布日", "date the call for comments was published"),
            required("closes", DATE, "征求意见截止日", "last day for comments"),
            optional("channels", new Shape.ListOf(choice(Channel.class), false), "发布途径", "channels used"),
            optional("shortened_reason", TEXT, "公告中说明的缩短期限理由", "reason for a shorter period, stated in the notice"));

    static final Shape.Obj HEARING = obj(List.of(new Shape.Order("held", "announced")),
            optional("announced", DATE, "听证公告日", "date the hearing was announced"),
            required("materials_delivered", DATE, "听证材料送达听证参加人之日", "date the materials reached the participants"),
            required("held", DATE, "听证会召开日", "date of the hearing"),
            required("record_signed", BOOL, "听证参加人已确认听证会记录并签字", "participants confirmed and signed the record"));

    static final Shape.Obj CONSULTATION = obj(
            required("method", choice(ConsultationMethod.class), "听取意见方式", "method"),
            required("date", DATE, "日期", "date"),
            optional("with", new Shape.ListOf(TEXT, false), "参加的群体、人民团体、社会组织或群众代表", "groups, organisations or representatives heard"));

    static final Shape.Obj PUBLIC_PARTICIPATION = obj(
            optional("comment", COMMENT, "向社会公开征求意见", "public call for comments"),
            optional("hearing", HEARING, "听证会", "hearing"),
            optional("consultations", new Shape.ListOf(CONSULTATION, false), "座谈会、实地走访等其他方式", "symposia, field visits and other consultations"),
            required("opinions_received", new Shape.Count(), "收到的意见条数", "number of opinions received"),
            optional("adoption_report", obj(required("date", DATE, "意见研究采纳情况形成日期", "date of the report"))
                    , "社会公众意见研究采纳情况", "report on the study and adoption of opinions"),
            evidence());

    static final Shape.Obj EXPERT = obj(
            required("name", TEXT, "专家或专业机构名称", "expert or institution"),
            optional("affiliation", TEXT, "所在单位", "affiliation"),
            required("conflict_of_interest", BOOL, "与决策事项有直接利害关系", "has a direct interest in the matter"));

    static final Shape.Obj EXPERT_REVIEW = obj(
            required("date", DATE, "论证日期", "date of the review"),
            required("experts", new Shape.ListOf(EXPERT, true), "参加论证的专家、专业机构", "experts and institutions"),
            required("opinion_signed", BOOL, "书面论证意见已署名、盖章", "written opinion signed and sealed"),
            evidence());

    static final Shape.Obj RISK_ASSESSMENT = obj(
            required("completed", DATE, "风险评估完成日", "date the assessment was completed").unless("prior_assessment"),
            required("level", choice(RiskLevel.class), "风险等级", "risk level").unless("prior_assessment"),
            required("controllable", BOOL, "评估结论为风险可控", "risk found controllable").unless("prior_assessment"),
            optional("prior_assessment", TEXT, "已按有关规定开展的评估（不作重复评估，第二十二条第二款）", "an earlier assessment that covers the risk (Art. 22 para 2)"),
            evidence());

    static final Shape.Obj FAIR_COMPETITION_REVIEW = obj(
            required("completed", DATE, "审查完成日", "date the review was completed"),
            required("conclusion", choice(FcrConclusion.class), "审查结论", "conclusion"),
            evidence());

    static final Shape.Obj LEGALITY_REVIEW = obj(List.of(new Shape.Order("completed", "submitted"), new Shape.Together("completed", "conclusion")),
            required("submitted", DATE, "送请合法性审查日", "date submitted for review"),
            optional("completed", DATE, "合法性审查意见出具日（审查尚在进行时与 conclusion 一并省略）", "date of the review opinion (left out, with conclusion, while the review is under way)"),
            optional("reviewer", TEXT, "负责合法性审查的部门", "reviewing body"),
            optional("conclusion", choice(LegalityConclusion.class), "审查结论（审查尚在进行时与 completed 一并省略）", "conclusion (left out, with completed, while the review is under way)"),
            optional("legal_adviser_opinion", BOOL, "已组织法律顾问、公职律师提出法律意见", "legal advisers or government lawyers gave opinions")
                    .requiredFor(Kind.MAJOR_DECISION),
            optional("urgent_reason", TEXT, "缩短审核时间的紧急事由（规范性文件）", "emergency ground for a shorter review (normative documents)"),
            evidence());

    static final Shape.Obj COLLECTIVE_DECISION = obj(
            required("meeting", choice(MeetingType.class), "会议类型", "meeting"),
            required("date", DATE, "会议日期", "date of the meeting"),
            required("outcome", choice(DecisionOutcome.class), "结果", "outcome"),
            required("head_spoke_last", BOOL, "行政首长最后发表意见", "the head spoke last"),
            required("dissent", choice(Dissent.class), "不同意见的记录情况", "whether differing opinions were recorded"),
            required("head_overrode_majority", BOOL, "行政首长的决定与多数人意见不一致", "the head decided against the majority"),
            optional("override_reason", TEXT, "行政首长在会上说明的理由", "reason the head gave at the meeting"),
            evidence());

    static final Shape.Obj PUBLICATION = obj(
            required("date", DATE, "公布日期", "date of publication"),
            optional("channels", new Shape.ListOf(choice(Channel.class), false), "公布途径", "channels"),
            optional("internal_only", BOOL, "以内部文件形式印发", "issued as an internal document only")
                    .requiredFor(Kind.NORMATIVE_DOCUMENT),
            optional("interpretation", obj(
                    required("date", DATE, "解读日期", "date"),
                    required("method", choice(InterpretationMethod.class), "解读方式", "method")),
                    "政策解读", "policy interpretation"));

    static final Shape.Obj CONTENT = obj(
            required("creates_license", BOOL, "设定行政许可", "creates an administrative licence"),
            required("creates_penalty", BOOL, "设定行政处罚", "creates an administrative penalty"),
            required("creates_coercive_measure", BOOL, "设定行政强制措施", "creates an administrative coercive measure"),
            required("creates_fee", BOOL, "违法设定行政收费、征收", "unlawfully creates a fee or levy"),
            required("adds_obligations_without_basis", BOOL, "无法律法规依据减损权利或增加义务", "curtails rights or adds obligations without a legal basis"),
            required("restricts_competition", BOOL, "无法律法规或国务院决定、命令依据设置市场准入和退出条件、干预正常生产经营", "sets market entry or exit conditions or interferes with business without a legal basis"),
            required("expands_own_power", BOOL, "增加本单位权力或减少法定职责", "expands the issuer's own powers or reduces its duties"));

    static final Shape.Obj DOCUMENT = obj(List.of(new Shape.Order("expires", "effective")),
            optional("number", TEXT, "文号（统一编号）", "document number"),
            required("registered", BOOL, "已统一登记", "registered"),
            required("effective", DATE, "施行日期", "date it takes effect"),
            optional("expires", DATE, "有效期届满日", "date it expires"),
            required("trial", BOOL, "暂行或试行", "interim or trial document"),
            optional("immediate_effect_reason", TEXT, "短于等待期施行（如公布之日起施行）的法定理由", "the stated legal ground for taking effect sooner than the waiting period"),
            required("content", CONTENT, "文件内容（true 表示文件作出该规定）", "content (true: the text does this)"));

    static final Shape.Obj EVIDENCE_ITEM = obj(
            required("id", TEXT, "证据编号", "evidence id").known(),
            required("kind", choice(EvidenceKind.class), "证据种类", "kind of evidence").known(),
            optional("title", TEXT, "名称", "title").known(),
            optional("url", new Shape.Url(), "公开记录的网址（如政府网站上的公告）", "address of the public record (a notice on a government website…)").known(),
            optional("file", TEXT, "文件路径（相对于档案所在文件夹）", "file path, relative to the dossier's folder").known(),
            optional("sha256", new Shape.Sha256(), "文件的 SHA-256", "the file's SHA-256").known());

    static final Shape.Obj WAIVER = obj(
            required("rule", TEXT, "豁免的规则编号", "id of the rule waived").known(),
            optional("reason", TEXT, "理由", "reason").known(),
            optional("basis", TEXT, "依据", "legal basis").known(),
            optional("approved_by", TEXT, "批准机关", "approved by").known(),
            optional("expires", DATE, "失效日期", "expiry date").known());

    static final Shape.Obj POST_EVALUATION = obj(
            required("date", DATE, "决策后评估日期", "date of the evaluation"),
            required("evaluator", TEXT, "承担评估具体工作的单位", "unit that did the evaluation"),
            required("evaluator_did_pre_decision_work", BOOL, "该单位在决策作出前承担了主要论证评估工作", "the unit did the main review or assessment before the decision"),
            optional("public_heard", BOOL, "评估中听取了社会公众意见", "the public was heard in the evaluation"));

    static final Shape.Obj ADJUSTMENT = obj(
            required("date", DATE, "变更、停止、中止执行或调整的日期", "date of the change, stop, suspension or adjustment"),
            required("kind", choice(AdjustmentKind.class), "方式", "kind"),
            optional("urgent", BOOL, "第三十五条情形且情况紧急（行政首长先决定中止执行）", "an urgent Art. 35 situation (the head suspends first)"),
            required("procedure_followed", BOOL, "已依照条例履行相关法定程序", "the statutory procedure was followed"),
            optional("dossier", TEXT, "调整本身的档案编号", "id of the adjustment's own dossier"));

    public static final Shape.Obj ROOT = obj(
            required("format", new Shape.Const(VERSION), "格式版本", "format version").known(),
            required("kind", choice(Kind.class), "档案类型", "kind of dossier").known(),
            required("id", TEXT, "档案编号（一次检查内唯一）", "dossier id, unique within a run").known(),
            required("title", TEXT, "决策事项或文件名称", "title of the decision or document"),
            required("authority", TEXT, "决策机关或制定机关", "deciding or issuing authority"),
            required("authority_type", choice(AuthorityType.class), "机关类型", "type of authority"),
            optional("sponsor", TEXT, "决策承办单位或起草单位", "sponsoring or drafting unit"),
            optional("profile", TEXT, "规则档案（名称或文件路径）", "rule profile (name or file path)").known(),
            optional("scope", SCOPE, "适用范围", "scope").requiredFor(Kind.MAJOR_DECISION).known(),
            required("traits", TRAITS, "事项特征（除 exploratory_reform 外均必填）", "traits of the matter (all but exploratory_reform required)"),
            optional("public_participation", PUBLIC_PARTICIPATION, "公众参与", "public participation"),
            optional("expert_review", EXPERT_REVIEW, "专家论证", "expert review").only(Kind.MAJOR_DECISION),
            optional("risk_assessment", RISK_ASSESSMENT, "风险评估", "risk assessment").only(Kind.MAJOR_DECISION),
            optional("fair_competition_review", FAIR_COMPETITION_REVIEW, "公平竞争审查", "fair-competition review"),
            optional("legality_review", LEGALITY_REVIEW, "合法性审查", "legality review"),
            optional("party_committee_report", obj(required("date", DATE, "请示报告日期", "date of the report")),
                    "向同级党委请示报告", "report to the Party committee").only(Kind.MAJOR_DECISION),
            optional("collective_decision", COLLECTIVE_DECISION, "集体讨论决定", "collective decision"),
            optional("publication", PUBLICATION, "公布", "publication"),
            optional("archive", obj(required("date", DATE, "归档日期", "date archived")), "归档", "archiving")
                    .only(Kind.MAJOR_DECISION),
            optional("execution", obj(required("unit", TEXT, "决策执行单位", "executing unit")), "决策执行（第三十四条）", "execution (Art. 34)")
                    .only(Kind.MAJOR_DECISION),
            optional("post_evaluation", POST_EVALUATION, "决策后评估（第三十六条）", "post-decision evaluation (Art. 36)")
                    .only(Kind.MAJOR_DECISION),
            optional("adjustments", new Shape.ListOf(ADJUSTMENT, false), "决策的变更、停止执行、中止执行和重大调整（第三十七条）",
                    "changes, stops, suspensions and major adjustments of the decision (Art. 37)").only(Kind.MAJOR_DECISION),
            required("document", DOCUMENT, "规范性文件信息", "the normative document").only(Kind.NORMATIVE_DOCUMENT),
            optional("assessment", obj(required("date", DATE, "评估论证日期", "date"), evidence()),
                    "评估论证", "assessment").only(Kind.NORMATIVE_DOCUMENT),
            optional("filing", obj(required("submitted", DATE, "报送备案日期", "date filed"),
                    optional("to", TEXT, "备案机关", "filed with")), "备案", "filing").only(Kind.NORMATIVE_DOCUMENT),
            optional("evidence", new Shape.ListOf(EVIDENCE_ITEM, false), "证据材料", "evidence records").known(),
            optional("waivers", new Shape.ListOf(WAIVER, false), "豁免", "waivers").known());

    /**
     * What the field at {@code path} of a dossier of {@code kind} is ({@code traits.technical} →
     * 专业性、技术性较强), in the reader's language; empty when the path names no field of the format.
     */
    public static Labeled describe(Kind kind, String path) {
        Field field = null;
        Shape shape = ROOT;
        for (String key : path.replaceAll("\\[\\d+]", "").split("\\.")) {
            Shape s = shape instanceof Shape.ListOf l ? l.item() : shape;
            field = (s instanceof Shape.PerKind k ? k.of(kind) : s) instanceof Shape.Obj o ? o.field(key) : null;
            if (field == null) {
                return lang -> "";
            }
            shape = field.shape();
        }
        Field found = field;
        return lang -> found == null ? "" : lang == Lang.ZH ? found.zh() : found.en();
    }
}
