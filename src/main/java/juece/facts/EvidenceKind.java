package juece.facts;

/** What an evidence record is. */
public enum EvidenceKind implements Vocabulary {
    NOTICE("notice", "公告", "notice"),
    COMMENT_SUMMARY("comment_summary", "意见汇总", "summary of comments"),
    ADOPTION_NOTE("adoption_note", "意见采纳情况说明", "note on the adoption of opinions"),
    HEARING_RECORD("hearing_record", "听证会记录", "hearing record"),
    EXPERT_OPINION("expert_opinion", "专家论证意见", "expert opinion"),
    RISK_REPORT("risk_report", "风险评估报告", "risk assessment report"),
    FCR_CONCLUSION("fcr_conclusion", "公平竞争审查结论", "fair-competition review conclusion"),
    LEGALITY_OPINION("legality_opinion", "合法性审查意见", "legality review opinion"),
    LEGAL_OPINION("legal_opinion", "法律顾问、公职律师法律意见", "legal adviser's opinion"),
    MEETING_MINUTES("meeting_minutes", "会议纪要", "meeting minutes"),
    PARTY_REPORT("party_report", "向党委请示报告", "report to the Party committee"),
    PUBLICATION_RECORD("publication_record", "公布记录", "publication record"),
    INTERPRETATION("interpretation", "解读材料", "interpretation material"),
    ARCHIVE_RECORD("archive_record", "归档目录", "archive record"),
    FILING_RECEIPT("filing_receipt", "备案回执", "filing receipt"),
    ASSESSMENT_REPORT("assessment_report", "评估论证报告", "assessment report"),
    OTHER("other", "其他材料", "other material");

    private final Term term;

    EvidenceKind(String yaml, String zh, String en) {
        this.term = new Term(yaml, zh, en);
    }

    @Override
    public Term term() {
        return term;
    }
}
