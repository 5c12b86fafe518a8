package juece.facts;

import java.util.List;

/**
 * Everything the rules see of one dossier: the run's {@link Context} and the profile's
 * {@link Parameters}, which dossiers checked together share, and the dossier's own facts (its
 * header among them), each carrying the dossier's key.
 */
public record DossierFacts(Dossier dossier, Context context, Parameters parameters, List<Object> facts) {
    public DossierFacts {
        facts = List.copyOf(facts);
    }

    /** The key every fact of this dossier carries. */
    public DossierKey key() {
        return dossier.dossier();
    }
}
