package juece.facts;

/**
 * The procedural step a rule judges (rule metadata {@code @step}); the first ones are the YAML
 * sections of the dossier, the last ones the checks that span steps.
 */
public enum Step implements Vocabulary {
    SCOPE("scope", "适用范围", "scope"),
    CATALOG("catalog", "决策事项目录", "decision catalogue"),
    ASSESSMENT("assessment", "评估论证", "assessment"),
    PUBLIC_PARTICIPATION("public_participation", "公众参与", "public participation"),
    HEARING("hearing", "听证会", "hearing"),
    EXPERT_REVIEW("expert_review", "专家论证", "expert review"),
    RISK_ASSESSMENT("risk_assessment", "风险评估", "risk assessment"),
    FAIR_COMPETITION_REVIEW("fair_competition_review", "公平竞争审查", "fair-competition review"),
    LEGALITY_REVIEW("legality_review", "合法性审查", "legality review"),
    COLLECTIVE_DECISION("collective_decision", "集体讨论决定", "collective decision"),
    PARTY_COMMITTEE_REPORT("party_committee_report", "向党委请示报告", "report to the Party committee"),
    DOCUMENT("document", "文件", "document"),
    PUBLICATION("publication", "公布", "publication"),
    FILING("filing", "备案", "filing"),
    ARCHIVE("archive", "归档", "archiving"),
    ORDER("order", "程序顺序", "order of steps"),
    EVIDENCE("evidence", "证据材料", "evidence"),
    WAIVER("waiver", "豁免", "waiver"),
    CALENDAR("calendar", "工作日历", "working-day calendar"),
    DOSSIER("dossier", "档案格式", "dossier format");

    private final Term term;

    Step(String yaml, String zh, String en) {
        this.term = new Term(yaml, zh, en);
    }

    @Override
    public Term term() {
        return term;
    }
}
