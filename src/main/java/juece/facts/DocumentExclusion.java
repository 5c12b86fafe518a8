package juece.facts;

/** Why a document is not a 行政规范性文件 at all, so that no normative-document procedure applies (SPEC §3 v1.1). */
public enum DocumentExclusion implements Vocabulary {
    NONE(Term.of("none", "属于规范性文件", "none: it is a normative document")
            .also("无", "否", "不排除")
            .gloss("本文件是行政规范性文件，制定程序适用",
                    "the document is a normative document: the procedure applies")),
    INTERNAL_MANAGEMENT(Term.of("internal_management", "内部管理制度", "internal management rules")
            .also("内部管理制度、工作规则", "工作规则", "内部制度")
            .gloss("机关内部管理制度、工作规则，不涉及公民、法人和其他组织的权利义务",
                    "internal management rules and working rules that do not affect the rights and obligations of others")),
    PERSONNEL(Term.of("personnel", "人事事项", "personnel matters")
            .also("人事任免、奖惩", "人事任免", "奖惩")
            .gloss("人事任免、奖惩决定",
                    "appointments, dismissals, rewards and sanctions")),
    WORK_ARRANGEMENT(Term.of("work_arrangement", "工作部署", "work arrangements")
            .also("工作部署、请示报告", "请示报告", "工作安排")
            .gloss("工作部署、请示报告等事务性文件",
                    "work arrangements, requests and reports")),
    OTHER_NOT_NORMATIVE(Term.of("other_not_normative", "其他非规范性文件", "other: not a normative document")
            .also("其他")
            .gloss("其他不具有普遍约束力、不可反复适用的文件",
                    "other documents that are not generally binding or repeatedly applicable"));

    private final Term term;

    DocumentExclusion(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
