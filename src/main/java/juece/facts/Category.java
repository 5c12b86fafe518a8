package juece.facts;

/** The five kinds of matters of 重大行政决策程序暂行条例 Art. 3 para 1. */
public enum Category implements Vocabulary {
    PUBLIC_POLICY("public_policy", "重大公共政策和措施", "major public policy or measure"),
    DEVELOPMENT_PLAN("development_plan", "经济和社会发展等方面的重要规划", "important economic or social development plan"),
    RESOURCE_POLICY("resource_policy", "开发利用、保护重要自然资源和文化资源的重大公共政策和措施", "policy on important natural or cultural resources"),
    CONSTRUCTION_PROJECT("construction_project", "重大公共建设项目", "major public construction project"),
    OTHER_MAJOR_MATTER("other_major_matter", "其他重大事项", "other major matter");

    private final Term term;

    Category(String yaml, String zh, String en) {
        this.term = new Term(yaml, zh, en);
    }

    @Override
    public Term term() {
        return term;
    }
}
