package org.claimgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Typed reads of a JSON object's fields, with wrong types reported as bad input rather than thrown. */
final class JsonFields {

    private JsonFields() {
    }

    /** The string at {@code key}; empty when the key is missing or null. */
    static Optional<String> string(JsonObject object, String key) throws BadInputException {
        JsonValue value = object.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw new BadInputException("field \"" + key + "\" should be a string, not " + value);
        }
        return Optional.of(value.getAsString().value());
    }

    /** The strings in the array at {@code key}; empty when the key is missing or null. */
    static List<String> strings(JsonObject object, String key) throws BadInputException {
        JsonValue value = object.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new BadInputException("field \"" + key + "\" should be an array of strings, not " + value);
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue element : value.getAsArray()) {
            if (!element.isString()) {
                throw new BadInputException("field \"" + key + "\" should hold only strings, not " + element);
            }
            strings.add(element.getAsString().value());
        }
        return strings;
    }

    /** Whether {@code key} is present with the value null: a sidecar's way to say "known to be absent". */
    static boolean isExplicitNull(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value != null && value.isNull();
    }
}
