package juece.facts;

/** Who decides: fixes which meeting may take the collective decision (MD Art. 30, 42). */
public enum AuthorityType implements Vocabulary {
    GOVERNMENT(Term.of("government", "人民政府", "people's government")
            .also("政府", "县政府", "市政府", "区政府", "县人民政府", "市人民政府", "区人民政府", "县级人民政府", "市级人民政府", "省人民政府")
            .gloss("人民政府：以常务会议或全体会议决定（地方组织法第七十八条）；乡镇人民政府依条例第四十二条参照执行",
                    "a people's government: decides at its executive or plenary meeting (Local Organic Law Art. 78); a township government by analogy (Art. 42)")),
    DEPARTMENT(Term.of("department", "政府部门", "government department")
            .also("部门", "政府工作部门", "委办局")
            .gloss("政府工作部门：以部务、局务等部门会议或办公会议决定",
                    "a government department: decides at its department or office meeting")),
    AGENCY(Term.of("agency", "管委会等机构", "agency (e.g. an administrative committee)")
            .also("管委会", "派出机构", "开发区管委会", "园区管委会", "机构")
            .gloss("开发区、园区管委会等派出机构或法律法规授权的组织：以办公会议等决定",
                    "a park or zone committee or other agency: decides at its office meeting"));

    private final Term term;

    AuthorityType(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
