package juece.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** 公布 (MD Art. 32; 优化营商环境条例 Art. 64). {@code internalOnly}: issued as an internal document. */
public record Publication(DossierKey dossier, LocalDate date, List<Channel> channels, Boolean internalOnly,
                          Set<String> unknowns, String path)
        implements Located {
    public Publication {
        unknowns = Set.copyOf(unknowns);
        channels = channels == null ? null : List.copyOf(channels);
    }
}
