package juece.facts;

/** What the dossier describes: the two procedures juece checks. */
public enum Kind implements Vocabulary {
    MAJOR_DECISION("major_decision", "重大行政决策", "major administrative decision"),
    NORMATIVE_DOCUMENT("normative_document", "行政规范性文件", "administrative normative document");

    private final Term term;

    Kind(String yaml, String zh, String en) {
        this.term = new Term(yaml, zh, en);
    }

    @Override
    public Term term() {
        return term;
    }
}
