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
        "<script>", "=cmd|' /C calc'!A0", "\\", ",", "  ", "\n\n", "evidence: [", "legality_review:", "kind: normative_document\n"};
    private static final String[] VOCABULARY = {"major_decision", "normative_document", "government", "department", "agency",
        "executive_meeting", "plenary_meeting", "department_meeting", "office_meeting", "other", "approved", "rejected",
        "deferred", "none", "recorded", "unrecorded", "lawful", "unlawful", "risk_disclosed", "lawful_with_changes",
        "compliant", "non_compliant", "compliant_after_changes", "low", "medium", "high", "emergency", "macro_control"};

    private Mutations() {
    }

    public static String mutate(String s, Random random, List<String> seeds) {
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            s = switch (random.nextInt(12)) {
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
                default -> lines(s, random, 3);
            };
        }
        return s;
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
