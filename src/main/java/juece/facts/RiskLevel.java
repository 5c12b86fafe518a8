package juece.facts;

/** Risk grades of a social-stability risk assessment (低、中、高). */
public enum RiskLevel implements Vocabulary {
    LOW("low", "低", "low"),
    MEDIUM("medium", "中", "medium"),
    HIGH("high", "高", "high");

    private final Term term;

    RiskLevel(String yaml, String zh, String en) {
        this.term = new Term(yaml, zh, en);
    }

    @Override
    public Term term() {
        return term;
    }
}
