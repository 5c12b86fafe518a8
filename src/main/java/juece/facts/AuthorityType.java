package juece.facts;

/** Who decides: fixes which meeting may take the collective decision (MD Art. 30, 42). */
public enum AuthorityType implements Vocabulary {
    GOVERNMENT("government", "人民政府", "people's government"),
    DEPARTMENT("department", "政府部门", "government department"),
    AGENCY("agency", "管委会等机构", "agency (e.g. an administrative committee)");

    private final Term term;

    AuthorityType(String yaml, String zh, String en) {
        this.term = new Term(yaml, zh, en);
    }

    @Override
    public Term term() {
        return term;
    }
}
