package juece.profile;

import java.nio.file.Path;
import java.util.List;
import juece.facts.Parameters;

/** A resolved profile: its parameters after {@code extends}, and the extra rule files it brings. */
public record Profile(String name, String title, Parameters parameters, List<Path> ruleFiles, List<String> chain) {
    public Profile {
        ruleFiles = List.copyOf(ruleFiles);
        chain = List.copyOf(chain);
    }
}
