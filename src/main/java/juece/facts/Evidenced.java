package juece.facts;

import java.util.List;

/** A recorded step that can cite evidence records by id (SPEC §3 {@code evidence:} lists). */
public interface Evidenced extends Located {
    Step step();

    List<String> evidence();
}
