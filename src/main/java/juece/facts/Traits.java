package juece.facts;

import java.util.List;

/** The properties of the matter that decide which steps the law requires. */
public record Traits(DossierKey dossier, boolean publicInterest, boolean technical, boolean stabilityRisk,
                     boolean marketEntities, boolean publicConcern, boolean confidential, List<String> specificGroups,
                     boolean exploratoryReform, String path) implements Located {
    public Traits {
        specificGroups = List.copyOf(specificGroups);
    }

    /** The path of one of the specific groups, for a finding about that group. */
    public Place groupAt(String group) {
        return new Place(dossier, at("specific_groups").path() + "[" + specificGroups.indexOf(group) + "]");
    }
}
