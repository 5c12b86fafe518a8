package juece.law;

/** Chinese numerals as statutes write article numbers: 二十五 → 25, 二百零三 → 203, 十 → 10. */
final class ChineseNumber {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumber() {
    }

    static int parse(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        int total = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十' || c == '百' || c == '千') {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                total += (current == 0 ? 1 : current) * unit;
                current = 0;
            } else {
                throw new IllegalArgumentException("not a Chinese number: " + s);
            }
        }
        return total + current;
    }
}
