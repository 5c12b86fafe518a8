package juece.facts;

import java.util.Set;

/** 决策执行单位 named by the deciding authority (MD Art. 34). */
public record Execution(DossierKey dossier, String unit, Set<String> unknowns, String path) implements Located {
    public Execution {
        unknowns = Set.copyOf(unknowns);
    }
}
