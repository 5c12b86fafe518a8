package juece.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import juece.golden.GoldenCases;
import juece.read.ReadResult;
import juece.read.YamlReader;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema editors use says the same as the loader: the shipped file is the generated one,
 * every dossier the loader accepts validates, and a typo or a missing trait does not.
 */
class SchemaTest {
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(SchemaWriter.schema());
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theShippedSchemaIsCurrent() throws IOException {
        assertEquals(SchemaWriter.schema(), Files.readString(Path.of("schema/juece-v1.schema.json"), StandardCharsets.UTF_8),
                "schema/juece-v1.schema.json is stale: run scripts/refresh-generated");
    }

    @Test
    void everyDossierTheLoaderAcceptsValidates() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Path folder : GoldenCases.findAll(Path.of(""))) {
            Path dossier = folder.resolve("dossier.yaml");
            ReadResult read = YamlReader.read(dossier, dossier.toString());
            if (!read.ok() || !Validator.validate(read.document()).isEmpty()) {
                continue;
            }
            checked++;
            JsonNode json = YAML.readTree(Files.readString(dossier, StandardCharsets.UTF_8).replace("\uFEFF", ""));
            Set<ValidationMessage> errors = SCHEMA.validate(json);
            if (!errors.isEmpty()) {
                wrong.add(folder + ": " + errors);
            }
        }
        assertTrue(checked > 100, "checked " + checked);
        assertEquals(List.of(), wrong);
    }

    @Test
    void typosAndMissingTraitsFailTheSchemaToo() throws IOException {
        String valid = ValidatorTest.VALID;
        assertTrue(SCHEMA.validate(YAML.readTree(valid)).isEmpty());
        assertFalse(SCHEMA.validate(YAML.readTree(valid + "legality_reveiw: {}\n")).isEmpty());
        assertFalse(SCHEMA.validate(YAML.readTree(valid.replace("  market_entities: false\n", ""))).isEmpty());
        assertFalse(SCHEMA.validate(YAML.readTree(valid.replace("excluded: none", "excluded: emergncy"))).isEmpty());
        assertFalse(SCHEMA.validate(YAML.readTree(valid + "filing: {submitted: 2024-01-01}\n")).isEmpty(),
                "a normative-document section in a major decision");
        assertFalse(SCHEMA.validate(YAML.readTree(valid
                + "legality_review: {submitted: 2024-04-08, completed: 2024-04-19, conclusion: lawful}\n")).isEmpty(),
                "a major decision's review needs legal_adviser_opinion");
    }
}
