package juece.facts;

import java.util.List;
import java.util.Set;

/** The properties of the matter that decide which steps the law requires. */
public record Traits(DossierKey dossier, Boolean publicInterest, Boolean technical, Boolean stabilityRisk,
                     Boolean marketEntities, Boolean publicConcern, Boolean confidential, List<String> specificGroups,
                     Boolean exploratoryReform, Set<String> unknowns, String path) implements Located {
    public Traits {
        unknowns = Set.copyOf(unknowns);
        specificGroups = specificGroups == null ? null : List.copyOf(specificGroups);
    }

    /** Stands for the specific groups when they are unknown: a group no consultation can be known to have heard. */
    public static final String UNKNOWN_GROUP = "\u0000unknown";

    /** The path of one of the specific groups, for a finding about that group. */
    public Place groupAt(String group) {
        int i = specificGroups == null ? -1 : specificGroups.indexOf(group);
        return i < 0 ? at("specific_groups") : new Place(dossier, at("specific_groups").path() + "[" + i + "]");
    }

    /** The specific groups to ask about: {@link #UNKNOWN_GROUP} when they are unknown. */
    public List<String> groups() {
        return isUnknown("specific_groups") ? List.of(UNKNOWN_GROUP) : specificGroups;
    }
}
