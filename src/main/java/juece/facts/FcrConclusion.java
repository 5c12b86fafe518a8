package juece.facts;

/** The conclusion of a fair-competition review (公平竞争审查条例 Art. 17). */
public enum FcrConclusion implements Vocabulary {
    COMPLIANT(Term.of("compliant", "符合", "compliant")
            .also("符合公平竞争审查标准", "符合审查标准", "通过")
            .gloss("符合公平竞争审查标准，可以出台",
                    "meets the review standards: may be issued")),
    COMPLIANT_AFTER_CHANGES(Term.of("compliant_after_changes", "修改后符合", "compliant after changes")
            .also("调整后符合", "修改后符合审查标准")
            .gloss("经修改后符合审查标准",
                    "meets the standards after changes")),
    NON_COMPLIANT(Term.of("non_compliant", "不符合", "non-compliant")
            .also("不符合公平竞争审查标准", "不符合审查标准", "不通过")
            .gloss("不符合审查标准，不得出台（第十八条）",
                    "fails the standards: may not be issued (Art. 18)"));

    private final Term term;

    FcrConclusion(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
