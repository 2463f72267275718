package dev.asl4j.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.DiagnosticCode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, reporting access to the fields of one JSON object of a definition. A field of the wrong
 * type is reported (in AWS's wording) and read as absent, so that building goes on.
 */
final class FieldReader {
  final ObjectNode node;
  final String pointer;
  final Problems problems;

  FieldReader(ObjectNode node, String pointer, Problems problems) {
    this.node = node;
    this.pointer = pointer;
    this.problems = problems;
  }

  /** Whether the field is present, even as JSON null. */
  boolean has(String field) {
    return node.has(field);
  }

  /** The raw value, or null when absent. */
  JsonNode get(String field) {
    return node.get(field);
  }

  /** The pointer of {@code field} in this object. */
  String ptr(String field) {
    return Pointers.child(pointer, field);
  }

  /** Reports every field not in {@code allowed}: "Field 'X' is not supported", at this object. */
  void rejectUnknown(Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        problems.errorAtKey(DiagnosticCode.SCHEMA_VALIDATION_FAILED, pointer, ptr(f),
            "Field '" + f + "' is not supported");
      }
    }
  }

  /** Reports the missing ones of {@code fields}: "These fields are required: [A, B]". */
  boolean require(String... fields) {
    List<String> missing = new ArrayList<>();
    for (String f : fields) {
      if (!node.has(f)) {
        missing.add(f);
      }
    }
    if (!missing.isEmpty()) {
      problems.schema(pointer, "These fields are required: " + missing);
    }
    return missing.isEmpty();
  }

  Optional<String> string(String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      typeError(field, "String");
      return Optional.empty();
    }
    return Optional.of(v.textValue());
  }

  /** A string that AWS requires to be non-empty ("Value cannot be empty"). */
  Optional<String> nonEmptyString(String field) {
    Optional<String> s = string(field);
    if (s.isPresent() && s.get().isEmpty()) {
      problems.schema(ptr(field), "Value cannot be empty");
    }
    return s;
  }

  Optional<Boolean> bool(String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isBoolean()) {
      typeError(field, "Boolean");
      return Optional.empty();
    }
    return Optional.of(v.booleanValue());
  }

  /** An integer within {@code [min, max]}. */
  Optional<Integer> integer(String field, long min, long max) {
    JsonNode v = node.get(field);
    if (v == null) {
      return Optional.empty();
    }
    return Checks.integer(v, ptr(field), min, max, problems);
  }

  /** A number within {@code [min, max]}. */
  Optional<Double> number(String field, double min, double max) {
    JsonNode v = node.get(field);
    if (v == null) {
      return Optional.empty();
    }
    return Checks.number(v, ptr(field), min, max, problems);
  }

  Optional<ObjectNode> object(String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isObject()) {
      typeError(field, "Object");
      return Optional.empty();
    }
    return Optional.of((ObjectNode) v);
  }

  Optional<ArrayNode> array(String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isArray()) {
      typeError(field, "Array");
      return Optional.empty();
    }
    return Optional.of((ArrayNode) v);
  }

  /** A list of strings (e.g. {@code ErrorEquals}); non-string items are reported and skipped. */
  Optional<List<String>> strings(String field) {
    Optional<ArrayNode> arr = array(field);
    if (arr.isEmpty()) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>(arr.get().size());
    int i = 0;
    for (JsonNode item : arr.get()) {
      if (item.isTextual()) {
        out.add(item.textValue());
      } else {
        problems.schema(Pointers.child(ptr(field), i), "Expected value of type String");
      }
      i++;
    }
    return Optional.of(out);
  }

  /** Readers over the object items of array {@code field}; other items are reported. */
  List<FieldReader> objects(String field) {
    Optional<ArrayNode> arr = array(field);
    if (arr.isEmpty()) {
      return List.of();
    }
    List<FieldReader> out = new ArrayList<>(arr.get().size());
    String base = ptr(field);
    int i = 0;
    for (JsonNode item : arr.get()) {
      String p = Pointers.child(base, i++);
      if (item.isObject()) {
        out.add(new FieldReader((ObjectNode) item, p, problems));
      } else {
        problems.schema(p, "Expected value of type Object");
      }
    }
    return out;
  }

  /** A reader over object field {@code field}, when it is an object. */
  Optional<FieldReader> child(String field) {
    return object(field).map(o -> new FieldReader(o, ptr(field), problems));
  }

  /** A string that must be one of {@code allowed}. */
  Optional<String> enumValue(String field, List<String> allowed) {
    Optional<String> s = string(field);
    if (s.isPresent() && !allowed.contains(s.get())) {
      problems.schema(ptr(field),
          "The field '" + field + "' should have one of these values: " + allowed);
      return Optional.empty();
    }
    return s;
  }

  void typeError(String field, String type) {
    problems.schema(ptr(field), "Expected value of type " + type);
  }
}
