package juece.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one rule reads, as its DRL writes it: for each kind of fact a pattern of the rule matches (by
 * the fact's simple class name), the constraints it puts on it ({@code "technical == true"}), joins on
 * the dossier left out; and the kinds of fact the rule requires to be absent (its {@code not}
 * patterns). {@code juece plan} words why a step is or is not required from these, so that the
 * reason is the rule's own condition, never a second copy of it.
 */
public record Conditions(Map<String, List<String>> present, Set<String> absent) {
    public Conditions {
        present = Map.copyOf(present);
        absent = Set.copyOf(absent);
    }

    /** The constraints the rule puts on facts of {@code type} (a simple class name), in the order written. */
    public List<String> on(String type) {
        return present.getOrDefault(type, List.of());
    }
}
