package juece.facts;

/** The five kinds of matters of 重大行政决策程序暂行条例 Art. 3 para 1. */
public enum Category implements Vocabulary {
    PUBLIC_POLICY(Term.of("public_policy", "重大公共政策和措施", "major public policy or measure")
            .also("公共政策", "重大公共政策", "公共服务、市场监管、社会管理、环境保护等方面的重大公共政策和措施")
            .gloss("第三条第一款第一项：公共服务、市场监管、社会管理、环境保护等方面",
                    "Art. 3 para 1 item 1: public services, market regulation, social management, environment")),
    DEVELOPMENT_PLAN(Term.of("development_plan", "重要规划", "important development plan")
            .also("经济和社会发展等方面的重要规划", "发展规划", "规划")
            .gloss("第三条第一款第二项：经济和社会发展等方面的重要规划",
                    "Art. 3 para 1 item 2: important economic and social development plans")),
    RESOURCE_POLICY(Term.of("resource_policy", "重要资源政策", "policy on important natural or cultural resources")
            .also("开发利用、保护重要自然资源和文化资源的重大公共政策和措施", "自然资源", "文化资源")
            .gloss("第三条第一款第三项：开发利用、保护重要自然资源和文化资源",
                    "Art. 3 para 1 item 3: using and protecting important natural and cultural resources")),
    CONSTRUCTION_PROJECT(Term.of("construction_project", "重大公共建设项目", "major public construction project")
            .also("公共建设项目", "建设项目", "重大建设项目")
            .gloss("第三条第一款第四项：在本行政区域实施的重大公共建设项目",
                    "Art. 3 para 1 item 4: major public construction projects in the area")),
    OTHER_MAJOR_MATTER(Term.of("other_major_matter", "其他重大事项", "other major matter")
            .also("其他", "对社会有重大影响的其他事项")
            .gloss("第三条第一款第五项：对经济社会发展有重大影响、涉及重大公共利益或者社会公众切身利益的其他重大事项",
                    "Art. 3 para 1 item 5: other matters of major effect or public interest"));

    private final Term term;

    Category(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
