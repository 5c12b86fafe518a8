package juece.engine;

import java.util.Map;
import juece.facts.DossierKey;

/**
 * What a rule concluded about one place of a dossier: the rule (by DRL name and id), the dossier and
 * the YAML path concerned, and the values its message needs. Inserted logically by rule consequences, so
 * it disappears again if the conditions that justified it stop holding.
 */
public record Outcome(String ruleName, String rule, boolean waivable, DossierKey dossier, String path,
                      Map<String, Object> args) {
    public Outcome {
        args = Map.copyOf(args);
    }
}
