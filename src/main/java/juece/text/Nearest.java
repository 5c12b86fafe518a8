package juece.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** The known spelling a typo most likely meant, if one is close enough to say so. */
public final class Nearest {
    /** Shorter words ("by", "to") match too much to suggest a key on their own. */
    private static final int MIN_WORD = 4;

    private Nearest() {
    }

    public static String of(String typo, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(typo.toLowerCase(java.util.Locale.ROOT), k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        // close enough: a few edits, and fewer than a third of the word
        int allowed = Math.max(2, Math.min(typo.length(), best == null ? 0 : best.length()) / 3);
        if (best != null && bestDistance <= allowed) {
            return best;
        }
        return typo.chars().anyMatch(c -> c > 0x2E7F) ? byContainment(typo, known) : byWords(typo.toLowerCase(java.util.Locale.ROOT), known);
    }

    /**
     * For Chinese, where one character is a word: the shortest known term that holds the typo or is
     * held by it ({@code 微信} → {@code 微信公众号}, {@code 县政府常务会议审议} → {@code 常务会议}),
     * two characters at least.
     */
    private static String byContainment(String typo, Collection<String> known) {
        String best = null;
        for (String k : known) {
            boolean near = k.length() >= 2 && typo.length() >= 2 && (k.contains(typo) || typo.contains(k));
            if (near && (best == null || k.length() < best.length())) {
                best = k;
            }
        }
        return best;
    }

    /**
     * A key whose words hold every word of the typo, each spelled within one edit ({@code signed} →
     * {@code record_signed}, {@code approver} → {@code approved_by}); the one with the fewest other
     * words, and none when two tie: a guess between equals would mislead.
     */
    private static String byWords(String typo, Collection<String> known) {
        String[] words = typo.split("_");
        if (Arrays.stream(words).anyMatch(w -> w.length() < MIN_WORD)) {
            return null;
        }
        String best = null;
        int fewest = Integer.MAX_VALUE;
        boolean tie = false;
        for (String k : known) {
            String[] kw = k.split("_");
            if (Arrays.stream(words).allMatch(w -> Arrays.stream(kw).anyMatch(x -> distance(w, x) <= 1))) {
                int others = kw.length - words.length;
                if (others < fewest) {
                    best = k;
                    fewest = others;
                    tie = false;
                } else if (others == fewest) {
                    tie = true;
                }
            }
        }
        return tie ? null : best;
    }

    /**
     * The ids nearest a mistyped rule id ({@code legality-review/too-shrot}), at most three, as "(did
     * you mean …?)"; nothing when none is near. Ids of the same step come first, then ids whose
     * problem part is near, then ids near as a whole.
     */
    public static Message ids(String typo, Collection<String> known) {
        String t = typo.toLowerCase(java.util.Locale.ROOT).strip();
        int slash = t.indexOf('/');
        String step = slash < 0 ? t : t.substring(0, slash);
        String problem = slash < 0 ? t : t.substring(slash + 1);
        java.util.Map<String, Integer> score = new java.util.HashMap<>();
        for (String id : known) {
            String idStep = id.substring(0, id.indexOf('/'));
            String idProblem = id.substring(id.indexOf('/') + 1);
            int d = Math.min(distance(t, id), Math.min(distance(problem, idProblem) + (idStep.equals(step) ? 0 : 2),
                    distance(step, idStep) + (idProblem.equals(problem) ? 0 : 4)));
            if (d <= Math.max(2, t.length() / 4) || idStep.equals(step) || id.contains(t)) {
                score.put(id, d);
            }
        }
        List<String> best = score.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(3).map(java.util.Map.Entry::getKey).toList();
        return best.isEmpty() ? Message.literal("") : Texts.msg("usage.nearest-ids", "ids", String.join(", ", best));
    }

    /** Optimal string alignment distance: edits, with a swap of neighbours counted once. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
