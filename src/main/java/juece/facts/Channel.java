package juece.facts;

/** Where a draft or a decision was made public (MD Art. 15, 32). */
public enum Channel implements Vocabulary {
    GOVERNMENT_WEBSITE("government_website", "政府网站", "government website"),
    GAZETTE("gazette", "政府公报", "government gazette"),
    NEWSPAPER("newspaper", "报刊", "newspaper"),
    NEW_MEDIA("new_media", "政务新媒体", "government new media"),
    RADIO("radio", "广播", "radio"),
    TELEVISION("television", "电视", "television"),
    BULLETIN_BOARD("bulletin_board", "公示栏", "public notice board"),
    OTHER("other", "其他途径", "other channel");

    private final Term term;

    Channel(String yaml, String zh, String en) {
        this.term = new Term(yaml, zh, en);
    }

    @Override
    public Term term() {
        return term;
    }
}
