package juece.facts;

/** Risk grades of a social-stability risk assessment (低、中、高). */
public enum RiskLevel implements Vocabulary {
    LOW(Term.of("low", "低", "low")
            .also("低风险")
            .gloss("低风险",
                    "low risk")),
    MEDIUM(Term.of("medium", "中", "medium")
            .also("中风险", "中等")
            .gloss("中风险",
                    "medium risk")),
    HIGH(Term.of("high", "高", "high")
            .also("高风险")
            .gloss("高风险",
                    "high risk"));

    private final Term term;

    RiskLevel(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
