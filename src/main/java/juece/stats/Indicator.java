package juece.stats;

import juece.facts.Kind;
import juece.text.Lang;

/**
 * The indicators of SPEC §10.1, with their fixed ids. Each says what it counts: a count (numerator
 * only) or a rate over a denominator; its label in both languages; the rule whose legal basis it
 * shares (its basis is read from that rule's metadata, never copied), or a basis of its own; and,
 * for the two the evaluation indicators name, the benchmark (示范指标), labelled as one.
 */
public enum Indicator {
    MD_COUNT("md.count", Kind.MAJOR_DECISION, false, "重大行政决策", "major decisions", null, "重大行政决策程序暂行条例 第三条"),
    MD_PUBLIC_PARTICIPATION("md.public_participation", Kind.MAJOR_DECISION, true, "公众参与率", "public participation",
            "public-participation/missing", null),
    MD_HEARINGS("md.hearings", Kind.MAJOR_DECISION, false, "听证会", "hearings held", null, "重大行政决策程序暂行条例 第十六条"),
    MD_EXPERT_REVIEW("md.expert_review", Kind.MAJOR_DECISION, true, "专家论证率", "expert review", "expert-review/missing", null),
    MD_RISK_ASSESSMENT("md.risk_assessment", Kind.MAJOR_DECISION, true, "风险评估率", "risk assessment", "risk-assessment/missing", null),
    MD_FAIR_COMPETITION_REVIEW("md.fair_competition_review", Kind.MAJOR_DECISION, true, "公平竞争审查率", "fair-competition review",
            "fair-competition-review/missing", null),
    MD_LEGALITY_REVIEW("md.legality_review", Kind.MAJOR_DECISION, true, "合法性审查率", "legality review", "legality-review/missing", null),
    MD_LEGAL_ADVISER_OPINION("md.legal_adviser_opinion", Kind.MAJOR_DECISION, true, "法律顾问参与率", "legal adviser's opinion",
            "legality-review/no-legal-adviser", null),
    MD_COLLECTIVE_DECISION("md.collective_decision", Kind.MAJOR_DECISION, true, "集体讨论决定率", "collective decision",
            "collective-decision/wrong-meeting", null),
    MD_PUBLISHED_ON_TIME("md.published_on_time", Kind.MAJOR_DECISION, true, "按时公布率", "published on time", "publication/overdue", null),
    MD_COMPLIANT("md.compliant", Kind.MAJOR_DECISION, true, "程序合规率", "procedurally compliant", null,
            "重大行政决策程序暂行条例（juece 全部错误级规则）"),
    ND_COUNT("nd.count", Kind.NORMATIVE_DOCUMENT, false, "行政规范性文件", "normative documents", null, "地方组织法 第七十五条"),
    ND_LEGALITY_REVIEW("nd.legality_review", Kind.NORMATIVE_DOCUMENT, true, "合法性审核率", "legality review", "legality-review/missing", null),
    ND_COLLECTIVE_DECISION("nd.collective_decision", Kind.NORMATIVE_DOCUMENT, true, "集体审议率", "collective decision",
            "collective-decision/missing", null),
    ND_REGISTERED("nd.registered", Kind.NORMATIVE_DOCUMENT, true, "统一登记编号率", "registered with a number (三统一)",
            "normative/not-registered", null),
    ND_FILED("nd.filed", Kind.NORMATIVE_DOCUMENT, true, "报备率", "filed", "filing/overdue", null),
    ND_FILED_ON_TIME("nd.filed_on_time", Kind.NORMATIVE_DOCUMENT, true, "报备及时率", "filed on time", "filing/late", null),
    ND_COMPLIANT("nd.compliant", Kind.NORMATIVE_DOCUMENT, true, "程序合规率", "procedurally compliant", null,
            "地方组织法 第七十五条（juece 全部错误级规则）"),
    ND_EXPIRING_NEXT_YEAR("nd.expiring_next_year", Kind.NORMATIVE_DOCUMENT, false, "下一年度到期文件", "expiring next year",
            "normative/expired", null);

    /** 示范指标体系第27项, a benchmark: its words, for the two indicators it names. */
    static final String FILING_BENCHMARK = "市县法治政府建设示范指标体系 第27项：报备率、报备及时率、规范率均达100%（示范指标，非法律规定）";
    static final String FILING_BENCHMARK_EN = "Benchmark, not law: item 27 of the model indicators for law-based government "
            + "(市县法治政府建设示范指标体系) — 100% of documents filed, filed on time and found in order";

    private final String id;
    private final Kind kind;
    private final boolean rate;
    private final String zh;
    private final String en;
    private final String rule;
    private final String basis;

    Indicator(String id, Kind kind, boolean rate, String zh, String en, String rule, String basis) {
        this.id = id;
        this.kind = kind;
        this.rate = rate;
        this.zh = zh;
        this.en = en;
        this.rule = rule;
        this.basis = basis;
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** A rate (numerator over denominator); otherwise a count. */
    public boolean isRate() {
        return rate;
    }

    public String label(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    /** The rule whose legal basis this indicator's is; null when it has a basis of its own. */
    String rule() {
        return rule;
    }

    /** The basis of its own (with {@link #rule()} null). */
    String ownBasis() {
        return basis;
    }

    /** The benchmark this indicator is measured against, or null: never the law. */
    public String benchmark(Lang lang) {
        return this == ND_FILED || this == ND_FILED_ON_TIME ? (lang == Lang.ZH ? FILING_BENCHMARK : FILING_BENCHMARK_EN) : null;
    }
}
