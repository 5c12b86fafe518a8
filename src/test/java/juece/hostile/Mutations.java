package juece.hostile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of a dossier's text for fuzzing: byte flips, deleted, doubled and re-indented lines,
 * YAML syntax dropped in, truncation, and — to reach the rules — shifted dates, toggled flags and
 * swapped vocabulary values.
 */
public final class Mutations {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FLAG = Pattern.compile("\\b(true|false)\\b");
    private static final String[] TOKENS = {"&a ", "*a", "!!str ", "!!java.io.File ", "{", "}", "[", "]", ": ", "- ", "\t",
        "\"", "'", "#", "---\n", "...\n", "? ", "|\n", ">\n", "%YAML 1.2\n", "\u0000", "\uFEFF", "null", "~", "2024-02-30",
        "9999-99-99", "yes", "1e999", "0x1F", "-.inf", ".nan", "\u202E", "\uD83D\uDE00", "\r", "\u0085", "\u2028", "「」",
        "<script>", "=cmd|' /C calc'!A0", "\\", ",", "  ", "\n\n", "evidence: [", "legality_review:", "kind: normative_document\n",
        "unknown", "未知", "，", "、", "：", "［", "］", "　", "２０２４", "2024年3月1日", "是", "无", "不详"};
    /** Spellings a Chinese keyboard produces for ASCII: full-width digits, colon, comma, brackets, space. */
    private static final String ASCII = "0123456789:,[]- ";
    private static final String WIDE = "０１２３４５６７８９：，［］－　";
    /** Every code of every vocabulary with its Chinese term and synonyms, to write one for another. */
    private static final List<List<String>> SPELLINGS = spellings();
    private static final String[] VOCABULARY = {"major_decision", "normative_document", "government", "department", "agency",
        "executive_meeting", "plenary_meeting", "department_meeting", "office_meeting", "other", "approved", "rejected",
        "deferred", "none", "recorded", "unrecorded", "lawful", "unlawful", "risk_disclosed", "lawful_with_changes",
        "compliant", "non_compliant", "compliant_after_changes", "low", "medium", "high", "emergency", "macro_control"};

    private Mutations() {
    }

    public static String mutate(String s, Random random, List<String> seeds) {
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            s = switch (random.nextInt(15)) {
                case 0 -> flipChar(s, random);
                case 1 -> lines(s, random, 0);
                case 2 -> lines(s, random, 1);
                case 3 -> lines(s, random, 2);
                case 4 -> insert(s, random, TOKENS[random.nextInt(TOKENS.length)]);
                case 5 -> s.substring(0, random.nextInt(s.length() + 1));
                case 6, 7 -> replaceOne(s, DATE, random, m -> LocalDate.of(2017 + random.nextInt(12), 1, 1)
                        .plusDays(random.nextInt(366)).toString());
                case 8 -> replaceOne(s, FLAG, random, m -> m.equals("true") ? "false" : "true");
                case 9 -> swapVocabulary(s, random);
                case 10 -> splice(s, seeds.get(random.nextInt(seeds.size())), random);
                case 11 -> unknown(s, random);
                case 12 -> chineseTerm(s, random);
                case 13 -> wide(s, random);
                default -> lines(s, random, 3);
            };
        }
        return s;
    }

    /** A value written unknown (or 未知), in any position: a scalar, a step, a list. */
    private static String unknown(String s, Random random) {
        List<String> ls = new ArrayList<>(List.of(s.split("\n", -1)));
        int i = random.nextInt(ls.size());
        String line = ls.get(i);
        int colon = line.indexOf(": ");
        String word = new String[] {"unknown", "未知", "UNKNOWN", "Unknown"}[random.nextInt(4)];
        if (colon >= 0) {
            ls.set(i, line.substring(0, colon + 2) + word);
        } else if (line.strip().endsWith(":")) {
            ls.set(i, line + " " + word); // a step's key: its mapping below now stands beside a scalar
        } else if (line.strip().startsWith("- ")) {
            ls.set(i, line.substring(0, line.indexOf("- ") + 2) + word); // an item: refused, with a message
        }
        return String.join("\n", ls);
    }

    /** A vocabulary code written as its Chinese term or a synonym (of its own vocabulary or another). */
    private static String chineseTerm(String s, Random random) {
        List<String> vocabulary = SPELLINGS.get(random.nextInt(SPELLINGS.size()));
        String code = vocabulary.get(0);
        int i = s.indexOf(": " + code);
        if (i < 0) {
            i = s.indexOf("[" + code);
        }
        return i < 0 ? s : s.substring(0, i + 2) + vocabulary.get(random.nextInt(vocabulary.size())) + s.substring(i + 2 + code.length());
    }

    /** One ASCII digit, colon, comma, bracket, hyphen or space typed full-width. */
    private static String wide(String s, Random random) {
        for (int tries = 0; tries < 20 && !s.isEmpty(); tries++) {
            int i = random.nextInt(s.length());
            int k = ASCII.indexOf(s.charAt(i));
            if (k >= 0) {
                return s.substring(0, i) + WIDE.charAt(k) + s.substring(i + 1);
            }
        }
        return s;
    }

    private static List<List<String>> spellings() {
        List<List<String>> out = new ArrayList<>();
        for (Class<? extends juece.facts.Vocabulary> v : juece.validate.VocabularyReference.fields().keySet()) {
            for (juece.facts.Vocabulary value : v.getEnumConstants()) {
                List<String> spellings = new ArrayList<>(List.of(value.yaml(), value.term().zh()));
                spellings.addAll(value.term().synonyms());
                out.add(spellings);
            }
        }
        return out;
    }

    private static String flipChar(String s, Random random) {
        if (s.isEmpty()) {
            return s;
        }
        int i = random.nextInt(s.length());
        return s.substring(0, i) + (char) random.nextInt(0x3000) + s.substring(i + 1);
    }

    private static String insert(String s, Random random, String token) {
        int i = random.nextInt(s.length() + 1);
        return s.substring(0, i) + token + s.substring(i);
    }

    /** 0 delete a line, 1 double it, 2 swap two lines, 3 re-indent one. */
    private static String lines(String s, Random random, int op) {
        List<String> ls = new ArrayList<>(List.of(s.split("\n", -1)));
        if (ls.size() < 2) {
            return s;
        }
        int i = random.nextInt(ls.size());
        switch (op) {
            case 0 -> ls.remove(i);
            case 1 -> ls.add(i, ls.get(i));
            case 2 -> {
                int j = random.nextInt(ls.size());
                String t = ls.get(i);
                ls.set(i, ls.get(j));
                ls.set(j, t);
            }
            default -> ls.set(i, random.nextBoolean() ? "  " + ls.get(i) : ls.get(i).stripLeading());
        }
        return String.join("\n", ls);
    }

    private static String replaceOne(String s, Pattern p, Random random, java.util.function.Function<String, String> with) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return s;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return s.substring(0, span[0]) + with.apply(s.substring(span[0], span[1])) + s.substring(span[1]);
    }

    private static String swapVocabulary(String s, Random random) {
        String from = VOCABULARY[random.nextInt(VOCABULARY.length)];
        int i = s.indexOf(": " + from);
        return i < 0 ? s : s.substring(0, i + 2) + VOCABULARY[random.nextInt(VOCABULARY.length)] + s.substring(i + 2 + from.length());
    }

    private static String splice(String s, String other, Random random) {
        String[] a = s.split("\n", -1);
        String[] b = other.split("\n", -1);
        int cut = random.nextInt(a.length);
        int from = random.nextInt(b.length);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cut; i++) {
            out.append(a[i]).append('\n');
        }
        for (int i = from; i < b.length; i++) {
            out.append(b[i]).append('\n');
        }
        return out.toString();
    }
}
