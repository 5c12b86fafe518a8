package juece.facts;

import java.util.List;
import java.util.Set;

/** What came of hearing the public: the opinions received (their adoption: {@link AdoptionReport}) (Art. 18, 29). */
public record PublicParticipation(DossierKey dossier, Integer opinionsReceived, List<String> evidence, Set<String> unknowns,
                                  String path) implements Evidenced {
    public PublicParticipation {
        unknowns = Set.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    @Override
    public Step step() {
        return Step.PUBLIC_PARTICIPATION;
    }
}
