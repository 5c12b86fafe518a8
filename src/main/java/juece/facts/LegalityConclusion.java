package juece.facts;

/** The conclusion of a legality review (MD Art. 25, 28; 国办发〔2018〕115号 §(六)). */
public enum LegalityConclusion implements Vocabulary {
    LAWFUL("lawful", "合法", "lawful"),
    LAWFUL_WITH_CHANGES("lawful_with_changes", "修改后合法", "lawful with changes"),
    UNLAWFUL("unlawful", "不合法", "unlawful"),
    RISK_DISCLOSED("risk_disclosed", "明示法律风险", "legal risk disclosed");

    private final Term term;

    LegalityConclusion(String yaml, String zh, String en) {
        this.term = new Term(yaml, zh, en);
    }

    @Override
    public Term term() {
        return term;
    }
}
