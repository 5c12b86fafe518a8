package juece.facts;

/** What the dossier describes: the two procedures juece checks. */
public enum Kind implements Vocabulary {
    MAJOR_DECISION(Term.of("major_decision", "重大行政决策", "major administrative decision")
            .also("重大决策", "重大行政决策事项")
            .gloss("《重大行政决策程序暂行条例》第三条所列事项，由决策机关按该条例的程序作出",
                    "a matter of Art. 3 of the Regulation, decided under its procedure")),
    NORMATIVE_DOCUMENT(Term.of("normative_document", "行政规范性文件", "administrative normative document")
            .also("规范性文件", "行政规范性文件（规范性文件）", "红头文件")
            .gloss("行政机关依法制定、涉及公民法人和其他组织权利义务、具有普遍约束力、可反复适用的公文",
                    "a binding, repeatedly applicable document affecting rights and obligations, issued by an administrative body"));

    private final Term term;

    Kind(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
