package juece.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import juece.facts.DossierKey;

/**
 * What a rule concluded about one place of a dossier: the rule (by DRL name and id), the dossier and
 * the YAML path concerned, and the values its message needs. Inserted logically by rule consequences, so
 * it disappears again if the conditions that justified it stop holding.
 */
public record Outcome(String ruleName, String rule, boolean waivable, DossierKey dossier, String path,
                      Map<String, Object> args) implements Conclusion {
    public Outcome {
        // a value written unknown is a null argument: kept, and said so in the message
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }
}
