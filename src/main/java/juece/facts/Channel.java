package juece.facts;

/** Where a draft or a decision was made public (MD Art. 15, 32). */
public enum Channel implements Vocabulary {
    GOVERNMENT_WEBSITE(Term.of("government_website", "政府网站", "government website")
            .also("政府门户网站", "门户网站", "政府官网", "官网", "部门网站", "网站", "政府信息公开专栏", "中国政府网")
            .gloss("政府门户网站或部门网站（含政府信息公开专栏）",
                    "the government's or department's website, its disclosure column included")),
    GAZETTE(Term.of("gazette", "政府公报", "government gazette")
            .also("公报")
            .gloss("本级政府公报",
                    "the government gazette")),
    NEWSPAPER(Term.of("newspaper", "报刊", "newspaper")
            .also("报纸", "报刊杂志", "日报")
            .gloss("报纸、期刊",
                    "newspapers and periodicals")),
    NEW_MEDIA(Term.of("new_media", "政务新媒体", "government new media")
            .also("新媒体", "微信公众号", "公众号", "政务微信", "政务微博", "微博", "政务客户端", "客户端", "政务APP", "APP", "短视频")
            .gloss("政务微博、微信公众号、政务客户端等",
                    "official Weibo, WeChat accounts, apps")),
    RADIO(Term.of("radio", "广播", "radio")
            .also("电台")
            .gloss("广播电台",
                    "radio")),
    TELEVISION(Term.of("television", "电视", "television")
            .also("电视台")
            .gloss("电视台",
                    "television")),
    BULLETIN_BOARD(Term.of("bulletin_board", "公示栏", "public notice board")
            .also("公告栏", "公开栏", "宣传栏", "村务公开栏", "张贴")
            .gloss("公告栏、村（居）务公开栏等实体公示处",
                    "a physical notice board (village or community boards included)")),
    OTHER(Term.of("other", "其他途径", "other channel")
            .also("其他")
            .gloss("其他便于社会公众知晓的途径",
                    "another channel the public can reach"));

    private final Term term;

    Channel(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
