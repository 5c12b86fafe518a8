package juece.law;

/**
 * The numbers the statutes set, each with its article. DRL rules use these names, never bare
 * numbers. Numbers the national law leaves open are profile parameters ({@code Parameters}).
 */
public final class Thresholds {
    /** 重大行政决策程序暂行条例第十五条第一款：公开征求意见的期限一般不少于30日. */
    public static final int MD_COMMENT_MIN_DAYS = 30;
    /** 优化营商环境条例第六十二条第二款：（与市场主体生产经营活动密切相关的行政规范性文件）向社会公开征求意见的期限一般不少于30日. */
    public static final int ND_MARKET_COMMENT_MIN_DAYS = 30;
    /**
     * 市县法治政府建设示范指标体系第24项（a benchmark, not a statute）：
     * 行政规范性文件向社会公开征求意见的期限一般不少于7个工作日.
     */
    public static final int ND_COMMENT_MIN_WORKDAYS = 7;
    /** 重大行政决策程序暂行条例第十六条第三款：听证会材料应当于召开听证会7日前送达听证参加人. */
    public static final int HEARING_MATERIALS_MIN_DAYS = 7;
    /** 重大行政决策程序暂行条例第二十六条第二款：送请合法性审查，应当保证必要的审查时间，一般不少于7个工作日. */
    public static final int MD_LEGALITY_REVIEW_MIN_WORKDAYS = 7;
    /** 国办发〔2018〕115号（五）：合法性审核时间一般不少于5个工作日. */
    public static final int ND_LEGALITY_REVIEW_MIN_WORKDAYS = 5;
    /** 国办发〔2018〕115号（五）：最长不超过15个工作日. */
    public static final int ND_LEGALITY_REVIEW_MAX_WORKDAYS = 15;
    /** 政府信息公开条例第二十六条：属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开. */
    public static final int PUBLICATION_MAX_WORKDAYS = 20;

    private Thresholds() {
    }
}
