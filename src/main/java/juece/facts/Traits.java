package juece.facts;

import java.util.List;

/** The properties of the matter that decide which steps the law requires. */
public record Traits(boolean publicInterest, boolean technical, boolean stabilityRisk, boolean marketEntities,
                     boolean publicConcern, boolean confidential, List<String> specificGroups,
                     boolean exploratoryReform, String path) implements Located {
    public Traits {
        specificGroups = List.copyOf(specificGroups);
    }

    /** The path of one of the specific groups, for a finding about that group. */
    public String groupAt(String group) {
        return at("specific_groups") + "[" + specificGroups.indexOf(group) + "]";
    }
}
