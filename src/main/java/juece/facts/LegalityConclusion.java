package juece.facts;

/** The conclusion of a legality review (MD Art. 25, 28; 国办发〔2018〕115号 §(六)). */
public enum LegalityConclusion implements Vocabulary {
    LAWFUL(Term.of("lawful", "合法", "lawful")
            .also("合法有效", "符合法律规定", "无合法性问题")
            .gloss("审查认为合法",
                    "found lawful")),
    LAWFUL_WITH_CHANGES(Term.of("lawful_with_changes", "修改后合法", "lawful with changes")
            .also("建议修改后合法", "修改完善后合法")
            .gloss("按审查意见修改后合法",
                    "lawful once changed as the opinion says")),
    UNLAWFUL(Term.of("unlawful", "不合法", "unlawful")
            .also("违法")
            .gloss("审查认为不合法：不得提交讨论（第二十五条）",
                    "found unlawful: may not go to the meeting (Art. 25)")),
    RISK_DISCLOSED(Term.of("risk_disclosed", "明示法律风险", "legal risk disclosed")
            .also("提示法律风险", "风险提示")
            .gloss("探索性改革事项，明示法律风险后提交讨论（第二十五条第二款）",
                    "exploratory reform: the legal risk stated (Art. 25 para 2)"));

    private final Term term;

    LegalityConclusion(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
