package juece.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every value one dossier wrote {@code unknown}, by path. A rule that needs a step, list or value to
 * be absent asks which of the paths it reads are unknown, themselves or through a step or list
 * that holds them (a comment is unknown when the whole of {@code public_participation} is).
 */
public record Unknowns(DossierKey dossier, Set<String> paths) {
    public Unknowns {
        paths = Set.copyOf(paths);
    }

    /** The unknown values at or above each of {@code read}: what keeps a rule that reads them from concluding. */
    public List<Place> about(String... read) {
        List<Place> out = new ArrayList<>();
        if (paths.isEmpty()) {
            return out;
        }
        for (String path : read) {
            for (String p = path; p != null; p = parent(p)) {
                if (paths.contains(p)) {
                    Place place = new Place(dossier, p);
                    if (!out.contains(place)) {
                        out.add(place);
                    }
                }
            }
        }
        return out;
    }

    /** {@code a.b[2].c} → {@code a.b[2]} → {@code a.b} → {@code a} → null. */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }
}
