package juece.facts;

import java.util.List;

/** Everything the rules see of one dossier: its header, and all its facts (the header included). */
public record DossierFacts(Dossier dossier, List<Object> facts) {
    public DossierFacts {
        facts = List.copyOf(facts);
    }
}
