package juece.text;

import java.util.Set;

/** MessagesTest's placeholder reading, for the bundles of other packages. */
public final class MessagesTestAccess {
    private MessagesTestAccess() {
    }

    public static Set<String> placeholders(String s) {
        return MessagesTest.placeholders(s);
    }
}
