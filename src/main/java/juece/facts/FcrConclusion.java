package juece.facts;

/** The conclusion of a fair-competition review (公平竞争审查条例 Art. 17). */
public enum FcrConclusion implements Vocabulary {
    COMPLIANT("compliant", "符合公平竞争审查标准", "compliant"),
    COMPLIANT_AFTER_CHANGES("compliant_after_changes", "修改后符合", "compliant after changes"),
    NON_COMPLIANT("non_compliant", "不符合公平竞争审查标准", "non-compliant");

    private final Term term;

    FcrConclusion(String yaml, String zh, String en) {
        this.term = new Term(yaml, zh, en);
    }

    @Override
    public Term term() {
        return term;
    }
}
