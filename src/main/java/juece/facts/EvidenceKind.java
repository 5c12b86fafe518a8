package juece.facts;

/** What an evidence record is. */
public enum EvidenceKind implements Vocabulary {
    NOTICE(Term.of("notice", "公告", "notice")
            .also("征求意见公告", "听证公告", "通知")
            .gloss("征求意见、听证等公告",
                    "a notice (call for comments, hearing notice)")),
    COMMENT_SUMMARY(Term.of("comment_summary", "意见汇总", "summary of comments")
            .also("意见汇总表", "公众意见汇总")
            .gloss("收到的公众意见的汇总",
                    "the collected public comments")),
    ADOPTION_NOTE(Term.of("adoption_note", "意见采纳情况说明", "note on the adoption of opinions")
            .also("采纳情况说明", "意见研究采纳情况", "采纳情况")
            .gloss("对公众意见研究采纳情况的说明（第十八条、第二十九条）",
                    "how public comments were studied and used (Arts. 18, 29)")),
    HEARING_RECORD(Term.of("hearing_record", "听证会记录", "hearing record")
            .also("听证笔录", "听证记录", "听证报告")
            .gloss("经听证参加人确认签字的听证会记录（第十七条）",
                    "the hearing record signed by the participants (Art. 17)")),
    EXPERT_OPINION(Term.of("expert_opinion", "专家论证意见", "expert opinion")
            .also("专家意见", "论证意见", "专家论证报告")
            .gloss("专家、专业机构署名盖章的书面论证意见（第十九条）",
                    "the signed and sealed written opinion of experts (Art. 19)")),
    RISK_REPORT(Term.of("risk_report", "风险评估报告", "risk assessment report")
            .also("风险评估", "稳评报告", "社会稳定风险评估报告")
            .gloss("风险评估报告（第二十三条）",
                    "the risk assessment report (Art. 23)")),
    FCR_CONCLUSION(Term.of("fcr_conclusion", "公平竞争审查结论", "fair-competition review conclusion")
            .also("公平竞争审查意见", "公平竞争审查表")
            .gloss("公平竞争审查的书面结论",
                    "the written conclusion of the fair-competition review")),
    LEGALITY_OPINION(Term.of("legality_opinion", "合法性审查意见", "legality review opinion")
            .also("合法性审核意见", "合法性审查意见书", "审查意见")
            .gloss("负责合法性审查的部门（司法局、法制机构）出具的审查意见（第二十八条）——不是法律顾问的意见",
                    "the opinion of the reviewing body (justice bureau, legal office) (Art. 28) — not the legal adviser's opinion")),
    LEGAL_OPINION(Term.of("legal_opinion", "法律顾问法律意见", "legal adviser's opinion")
            .also("法律顾问、公职律师法律意见", "法律意见书", "法律意见", "法律顾问意见", "公职律师意见")
            .gloss("审查中法律顾问、公职律师提出的法律意见，供审查部门参考（第二十八条）——不是审查结论",
                    "the opinion legal advisers or government lawyers give the reviewing body (Art. 28) — not the review's conclusion")),
    MEETING_MINUTES(Term.of("meeting_minutes", "会议纪要", "meeting minutes")
            .also("纪要", "会议记录", "常务会议纪要")
            .gloss("集体讨论的会议记录、纪要（第三十条）",
                    "the minutes of the collective decision (Art. 30)")),
    PARTY_REPORT(Term.of("party_report", "向党委请示报告", "report to the Party committee")
            .also("请示报告", "请示")
            .gloss("向同级党委请示报告的文件（第三十一条）",
                    "the report to the Party committee (Art. 31)")),
    PUBLICATION_RECORD(Term.of("publication_record", "公布记录", "publication record")
            .also("公布文本", "发布页面", "公开页面")
            .gloss("公布的决策或文件及其公布页面",
                    "the published text and where it was published")),
    INTERPRETATION(Term.of("interpretation", "解读材料", "interpretation material")
            .also("政策解读", "解读")
            .gloss("政策解读材料（第三十二条）",
                    "the policy interpretation (Art. 32)")),
    ARCHIVE_RECORD(Term.of("archive_record", "归档目录", "archive record")
            .also("归档记录", "档案目录", "归档清单")
            .gloss("决策过程记录和材料的归档目录（第三十三条）",
                    "the archive listing of the process records (Art. 33)")),
    FILING_RECEIPT(Term.of("filing_receipt", "备案回执", "filing receipt")
            .also("备案报告", "备案登记", "报备回执")
            .gloss("报送备案的回执或备案登记",
                    "the receipt or record of filing")),
    ASSESSMENT_REPORT(Term.of("assessment_report", "评估论证报告", "assessment report")
            .also("评估报告", "论证报告", "评估论证")
            .gloss("规范性文件制定前的评估论证报告",
                    "the assessment made before a normative document")),
    OTHER(Term.of("other", "其他材料", "other material")
            .also("其他")
            .gloss("其他证据材料",
                    "other material"));

    private final Term term;

    EvidenceKind(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
