package juece;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What Maven stamped into the build ({@code juece/version.properties}): the version, where the rule model is. */
public final class Version {
    private static final Properties BUILD = load();

    private Version() {
    }

    public static String get() {
        return BUILD.getProperty("version", "dev");
    }

    /** Another property the build wrote (juece/version.properties). */
    public static String property(String key) {
        return BUILD.getProperty(key, "");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/juece/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable build stamp leaves the version "dev"
        }
        return p;
    }
}
