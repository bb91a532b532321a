package eu.cyberplan.incidentreporting.exchange;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.cyberplan.incidentreporting.incident.EarlyWarning;
import eu.cyberplan.incidentreporting.incident.Indicator;
import eu.cyberplan.platform.input.TextRule;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.taxonomy.MispTaxonomy;
import eu.cyberplan.platform.taxonomy.Taxonomies;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a STIX 2.1 bundle ({@code POST /incidents/imports}) into an early warning, to be filed like any other: the
 * bundle must be valid against the OASIS schemas ({@link StixValidation}), hold exactly one {@code incident}, and
 * only indicators CyberPlan can keep (STIX patterns of the form {@code [ipv4-addr:value = '…']}). Every indicator of
 * the bundle belongs to its one incident. Refusals are problem+json: 400 when the body is not JSON, else 422 naming
 * each failing path ({@code objects[2].pattern}).
 */
@Singleton
public class StixImport {

    /** Money stays decimal: a double would turn EUR 0.10 into 0.1000000000000000055… */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final StixValidation validation;
    private final MispTaxonomy rsit;

    public StixImport(StixSchemas schemas, Taxonomies taxonomies) {
        this.validation = new StixValidation(schemas);
        this.rsit = taxonomies.rsit();
    }

    public EarlyWarning read(byte[] body) {
        JsonNode bundle = parse(body);
        List<FieldError> errors = validation.check(bundle);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        JsonNode objects = bundle.path("objects");
        List<Integer> incidents = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            JsonNode object = objects.get(i);
            switch (object.get("type").asText()) {
                case "incident" -> incidents.add(i);
                case "indicator" -> indicator(object, "objects[" + i + "]", errors).ifPresent(indicators::add);
                default -> {
                    // identities, notes, relationships, markings: context CyberPlan does not keep
                }
            }
        }
        if (incidents.size() != 1) {
            errors.add(0, new FieldError("objects", "must hold exactly one incident object, found " + incidents.size()));
            throw ProblemException.invalid(errors);
        }
        int at = incidents.get(0);
        EarlyWarning warning = new StixIncidentReading(objects.get(at), "objects[" + at + "]", rsit, errors).earlyWarning(indicators);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return warning;
    }

    private static Optional<Indicator> indicator(JsonNode object, String at, List<FieldError> errors) {
        String patternType = object.get("pattern_type").asText();
        if (!"stix".equals(patternType)) {
            errors.add(new FieldError(at + ".pattern_type", "only STIX patterns are imported, not '" + patternType + "'"));
            return Optional.empty();
        }
        var indicator = StixPatterns.read(object.get("pattern").asText(), object.path("description").textValue());
        if (indicator.isEmpty()) {
            errors.add(new FieldError(at + ".pattern", "must be one comparison [<object>:<property> = '<value>'] of a kind CyberPlan keeps: "
                    + String.join(", ", StixPatterns.kinds())));
        }
        return indicator;
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode bundle = body == null ? null : JSON.readTree(body);
            if (bundle == null || bundle.isMissingNode()) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "the body is empty: a STIX 2.1 bundle was expected");
            }
            List<FieldError> controls = new ArrayList<>();
            refuseControlCharacters(bundle, "bundle", controls);
            if (!controls.isEmpty()) {
                throw ProblemException.invalid(controls.subList(0, Math.min(controls.size(), 20)));
            }
            return bundle;
        } catch (JacksonException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "the body cannot be read: " + e.getMessage());
        }
    }

    /**
     * The bundle is read as bytes, not through the strict body reader, so the text rule of every other body is applied
     * here: no NUL (PostgreSQL refuses it) nor other control character but line breaks and tabs, in any key or value.
     */
    private static void refuseControlCharacters(JsonNode node, String at, List<FieldError> errors) {
        if (node.isTextual()) {
            TextRule.multiLine(node.textValue()).ifPresent(reason -> errors.add(new FieldError(at, reason)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseControlCharacters(node.get(i), at + "[" + i + "]", errors);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                TextRule.multiLine(field.getKey()).ifPresent(reason -> errors.add(new FieldError(at, "a key " + reason)));
                refuseControlCharacters(field.getValue(), at + "." + field.getKey(), errors);
            });
        }
    }
}
