package juece.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Realistic synthetic dossiers for benchmarks: major decisions and normative documents of varied
 * authorities and traits, every step dated in a plausible order, evidence cited, and about one in
 * three with a defect of the kind the golden cases show (a short comment period, a late legality
 * review, a missing Party-committee report, an unfiled document…). Deterministic: dossier i of
 * seed s is always the same text. Usage: {@code Generator N DIR [SEED]}.
 */
public final class Generator {
    private static final String[] COUNTIES = {"甘眉", "东坡", "青神", "丹棱", "洪雅", "彭山", "仁寿", "夹江", "峨边", "沐川"};
    private static final String[] MATTERS = {"污水处理厂扩建工程", "生活垃圾焚烧发电项目", "城区排水防涝专项规划", "老旧小区改造实施方案",
        "义务教育学区划分调整", "城市公交票价改革方案", "饮用水水源地保护办法", "农村公路提档升级工程", "县人民医院整体搬迁",
        "工业用地出让价格政策", "河道堤防整治工程", "城市供热管网改造工程"};
    private static final String[] DOCUMENTS = {"专项资金管理办法", "促进楼宇经济发展若干措施", "行政处罚裁量基准", "老旧小区加装电梯补助暂行办法",
        "行政执法公示办法", "人才公寓管理办法", "农业补贴发放办法", "城市管理执法细则"};

    private Generator() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026L;
        for (int i = 0; i < n; i++) {
            Path folder = dir.resolve(String.format("%03d", i / 1000));
            if (i % 1000 == 0) {
                Files.createDirectories(folder);
            }
            Files.writeString(folder.resolve(String.format("d%07d.yaml", i)), dossier(i, seed), StandardCharsets.UTF_8);
        }
    }

    /** Dossier {@code i} of {@code seed}. */
    public static String dossier(int i, long seed) {
        Random r = new Random(seed * 1_000_003L + i);
        boolean md = r.nextInt(10) < 7;
        String county = COUNTIES[r.nextInt(COUNTIES.length)];
        LocalDate start = LocalDate.of(2019 + r.nextInt(7), 1, 1).plusDays(r.nextInt(300));
        boolean defect = r.nextInt(3) == 0;
        int defectKind = r.nextInt(6);
        StringBuilder y = new StringBuilder(4096);
        y.append("# 合成档案（基准测试用），第 ").append(i).append(" 号\n");
        y.append("format: juece/v1\nkind: ").append(md ? "major_decision" : "normative_document").append('\n');
        y.append("id: SYN-").append(seed).append('-').append(i).append('\n');
        String authorityType = r.nextInt(3) == 0 ? "department" : "government";
        String authority = authorityType.equals("government") ? county + "县人民政府" : county + "县住房和城乡建设局";
        y.append("title: ").append(county).append("县").append(md ? MATTERS[r.nextInt(MATTERS.length)] : DOCUMENTS[r.nextInt(DOCUMENTS.length)]).append('\n');
        y.append("authority: ").append(authority).append("\nauthority_type: ").append(authorityType).append('\n');
        y.append("sponsor: ").append(county).append("县发展和改革局\n");
        if (md) {
            y.append("scope:\n  category: ").append(r.nextBoolean() ? "construction_project" : "public_policy")
                    .append("\n  in_catalog: ").append(r.nextInt(5) != 0).append("\n  excluded: none\n");
        }
        boolean technical = r.nextBoolean();
        boolean risk = r.nextBoolean();
        boolean market = r.nextInt(3) == 0;
        boolean concern = r.nextBoolean();
        y.append("traits:\n  public_interest: true\n  technical: ").append(technical).append("\n  stability_risk: ").append(risk)
                .append("\n  market_entities: ").append(market).append("\n  public_concern: ").append(concern)
                .append("\n  confidential: false\n  specific_groups: [沿线居民]\n");
        LocalDate d = start;
        if (!md) {
            y.append("document:\n  number: ").append(county).append("府规〔").append(start.getYear()).append("〕").append(1 + r.nextInt(20))
                    .append("号\n  registered: true\n");
        }
        LocalDate assessment = d;
        d = d.plusDays(5 + r.nextInt(10));
        LocalDate published = d;
        int commentDays = defect && defectKind == 0 ? 20 + r.nextInt(9) : 30 + r.nextInt(10);
        LocalDate closes = published.plusDays(commentDays);
        y.append("\n# 公众参与：向社会公开征求意见（第十五条：期限一般不少于30日）\n");
        y.append("public_participation:\n  comment:\n    published: ").append(published).append("          # 政府网站发布征求意见公告")
                .append("\n    closes: ").append(closes).append("             # 发布次日起算").append(commentDays).append("日")
                .append("\n    channels: [government_website]\n  consultations:\n    - {method: symposium, date: ")
                .append(published.plusDays(7)).append(", with: [沿线居民]}\n  opinions_received: ").append(r.nextInt(40))
                .append("\n  adoption_report: {date: ").append(closes.plusDays(2)).append("}\n  evidence: [notice]\n");
        d = closes.plusDays(3);
        if (md && technical) {
            y.append("expert_review:\n  date: ").append(d).append("\n  experts:\n    - {name: 张某, affiliation: 某大学, conflict_of_interest: false}\n")
                    .append("    - {name: 李某, affiliation: 某设计院, conflict_of_interest: false}\n  opinion_signed: true\n  evidence: [expert]\n");
        }
        if (md && risk) {
            y.append("risk_assessment: {completed: ").append(d.plusDays(2)).append(", level: medium, controllable: true, evidence: [risk]}\n");
        }
        if (market) {
            y.append("fair_competition_review: {completed: ").append(d.plusDays(3)).append(", conclusion: compliant, evidence: [fcr]}\n");
        }
        if (!md) {
            y.append("assessment: {date: ").append(assessment).append(", evidence: [assessment]}\n");
        }
        LocalDate submitted = d.plusDays(5);
        LocalDate completed = submitted.plusDays(defect && defectKind == 1 ? 3 : 14 + r.nextInt(6));
        y.append("\n# 合法性审查（第二十五条、第二十六条：一般不少于7个工作日）\n");
        y.append("legality_review:\n  submitted: ").append(submitted).append("          # 送县司法局审查")
                .append("\n  completed: ").append(completed).append("          # 出具合法性审查意见书")
                .append("\n  reviewer: ").append(county).append("县司法局\n  conclusion: lawful\n");
        if (md) {
            y.append("  legal_adviser_opinion: true\n");
        }
        y.append("  evidence: [legality]\n");
        LocalDate decided = completed.plusDays(3 + r.nextInt(10));
        if (md && !(defect && defectKind == 2)) {
            y.append("party_committee_report: {date: ").append(decided.plusDays(2)).append("}\n");
        }
        String meeting = authorityType.equals("government") ? "executive_meeting" : "department_meeting";
        y.append("\n# 集体讨论决定（第三十条：行政首长最后发表意见，不同意见如实载明）\n");
        y.append("collective_decision:\n  meeting: ").append(defect && defectKind == 3 ? "other" : meeting).append("\n  date: ")
                .append(decided).append("\n  outcome: approved\n  head_spoke_last: true\n  dissent: none\n")
                .append("  head_overrode_majority: false\n  evidence: [minutes]\n");
        LocalDate publication = decided.plusDays(7 + r.nextInt(10));
        y.append("publication:\n  date: ").append(publication).append("\n  channels: [gazette, government_website]\n");
        if (!md) {
            y.append("  internal_only: false\n");
        }
        if (concern || (md && technical)) {
            y.append("  interpretation: {date: ").append(publication).append(", method: press_conference}\n");
        }
        if (md) {
            if (!(defect && defectKind == 4)) {
                y.append("archive: {date: ").append(publication.plusDays(20)).append("}\n");
            }
        } else {
            y.append("filing: {submitted: ").append(publication.plusDays(defect && defectKind == 5 ? 45 : 10)).append(", to: ")
                    .append(county).append("县人民代表大会常务委员会}\n");
            y.insert(y.indexOf("  registered: true\n") + "  registered: true\n".length(), "  effective: " + publication.plusDays(30)
                    + "\n  expires: " + publication.plusDays(30).plusYears(5) + "\n  trial: false\n  content:\n"
                    + "    creates_license: false\n    creates_penalty: false\n    creates_coercive_measure: false\n"
                    + "    creates_fee: false\n    adds_obligations_without_basis: false\n    restricts_competition: false\n"
                    + "    expands_own_power: false\n");
        }
        y.append("\n# 证据材料（归档目录）\nevidence:\n");
        String[][] evidence = {{"notice", "notice", "关于公开征求意见的公告"}, {"expert", "expert_opinion", "专家论证意见（署名盖章）"},
            {"risk", "risk_report", "社会稳定风险评估报告"}, {"fcr", "fcr_conclusion", "公平竞争审查结论"},
            {"assessment", "assessment_report", "评估论证报告"}, {"legality", "legality_opinion", "合法性审查意见书"},
            {"minutes", "meeting_minutes", "会议纪要"}};
        for (String[] e : evidence) {
            y.append("  - {id: ").append(e[0]).append(", kind: ").append(e[1]).append(", title: ").append(county).append("县")
                    .append(e[2]).append("}\n");
        }
        return y.toString();
    }
}
