package juece.facts;

/** The meeting that took the collective decision (MD Art. 30). */
public enum MeetingType implements Vocabulary {
    EXECUTIVE_MEETING(Term.of("executive_meeting", "常务会议", "executive meeting")
            .also("政府常务会议", "常务会", "县政府常务会议", "市政府常务会议")
            .gloss("人民政府常务会议",
                    "the executive meeting of a people's government")),
    PLENARY_MEETING(Term.of("plenary_meeting", "全体会议", "plenary meeting")
            .also("政府全体会议", "全体会")
            .gloss("人民政府全体会议",
                    "the plenary meeting of a people's government")),
    DEPARTMENT_MEETING(Term.of("department_meeting", "部门会议", "department meeting")
            .also("部务会议", "局务会议", "厅务会议", "委务会议", "局长办公会议", "党组会议")
            .gloss("部门的部务、局务、厅务等会议",
                    "a department's leadership meeting")),
    OFFICE_MEETING(Term.of("office_meeting", "办公会议", "office meeting")
            .also("主任办公会议", "管委会主任办公会议", "办公会", "党工委会议", "管委会会议")
            .gloss("管委会等机构的主任办公会议等",
                    "the office meeting of an agency or committee")),
    OTHER(Term.of("other", "其他方式", "other means")
            .also("其他", "传阅", "会签", "书面传签")
            .gloss("会议以外的方式（传阅、会签等），不是集体讨论决定",
                    "anything but a meeting (circulation, countersigning): not a collective decision"));

    private final Term term;

    MeetingType(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
