package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.model.ComparisonOperator;
import dev.asl4j.parser.model.QueryLanguage;
import java.util.List;

/**
 * Each field belongs to one query language: the parser accepts the union of both dialects, this
 * rule rejects the fields of the other one. Also rejects a JSONPath state in a JSONata machine, as
 * AWS does ("'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine").
 */
final class QueryLanguageRule implements Rule {
  /** State-level fields that exist only in JSONPath. */
  private static final List<String> JSONPATH_ONLY = List.of(
      "InputPath", "Parameters", "ResultSelector", "ResultPath", "OutputPath", "ItemsPath",
      "TimeoutSecondsPath", "HeartbeatSecondsPath", "SecondsPath", "TimestampPath", "ErrorPath",
      "CausePath", "MaxConcurrencyPath", "ToleratedFailureCountPath",
      "ToleratedFailurePercentagePath");

  /** State-level fields that exist only in JSONata. */
  private static final List<String> JSONATA_ONLY = List.of("Arguments", "Output", "Items");

  @Override
  public void check(Definition def, Sink sink) {
    for (StateNode s : def.states()) {
      if (def.machineLanguage() == QueryLanguage.JSONATA && s.language() == QueryLanguage.JSONPATH) {
        sink.error(DiagnosticCode.FIELD_NOT_ALLOWED_IN_QUERY_LANGUAGE, s.pointer(),
            "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine");
      }
      if (s.jsonata()) {
        fields(s.node(), s.pointer(), JSONPATH_ONLY, "JSONata", sink);
        nested(s, "JSONata", List.of("Parameters"), List.of("MaxItemsPath"),
            List.of("MaxItemsPerBatchPath", "MaxInputBytesPerBatchPath"), sink);
        list(s, "Catch", List.of("ResultPath"), "JSONata", sink);
        choices(s, sink);
      } else {
        fields(s.node(), s.pointer(), JSONATA_ONLY, "JSONPath", sink);
        nested(s, "JSONPath", List.of("Arguments"), List.of(), List.of(), sink);
        list(s, "Catch", List.of("Output"), "JSONPath", sink);
        list(s, "Choices", List.of("Condition", "Output"), "JSONPath", sink);
      }
    }
  }

  private static void nested(StateNode s, String language, List<String> readerWriter,
      List<String> readerConfig, List<String> batcher, Sink sink) {
    for (String holder : new String[] {"ItemReader", "ResultWriter"}) {
      JsonNode h = s.field(holder);
      if (h != null && h.isObject()) {
        fields(h, s.pointer(holder), readerWriter, language, sink);
        JsonNode rc = h.get("ReaderConfig");
        if (rc != null && rc.isObject()) {
          fields(rc, Pointers.child(s.pointer(holder), "ReaderConfig"), readerConfig, language,
              sink);
        }
      }
    }
    JsonNode b = s.field("ItemBatcher");
    if (b != null && b.isObject()) {
      fields(b, s.pointer("ItemBatcher"), batcher, language, sink);
    }
  }

  private static void list(
      StateNode s, String field, List<String> forbidden, String language, Sink sink) {
    JsonNode arr = s.field(field);
    if (arr != null && arr.isArray()) {
      for (int i = 0; i < arr.size(); i++) {
        fields(arr.get(i), Pointers.child(s.pointer(field), i), forbidden, language, sink);
      }
    }
  }

  /** JSONata rules are a Condition: Variable, the operators and And/Or/Not belong to JSONPath. */
  private static void choices(StateNode s, Sink sink) {
    JsonNode arr = s.field("Choices");
    if (arr == null || !arr.isArray()) {
      return;
    }
    for (int i = 0; i < arr.size(); i++) {
      JsonNode rule = arr.get(i);
      if (!rule.isObject()) {
        continue;
      }
      String p = Pointers.child(s.pointer("Choices"), i);
      rule.fieldNames().forEachRemaining(name -> {
        boolean pathOnly = name.equals("Variable") || name.equals("And") || name.equals("Or")
            || name.equals("Not") || ComparisonOperator.fromField(name) != null;
        if (pathOnly) {
          report(p, name, "JSONata", sink);
        }
      });
    }
  }

  private static void fields(
      JsonNode holder, String pointer, List<String> forbidden, String language, Sink sink) {
    if (!holder.isObject()) {
      return;
    }
    for (String f : forbidden) {
      if (holder.has(f)) {
        report(pointer, f, language, sink);
      }
    }
  }

  /** AWS's wording, located (as AWS does) at the object holding the field. */
  private static void report(String holder, String field, String language, Sink sink) {
    String other = language.equals("JSONata") ? "JSONPath" : "JSONata";
    sink.errorOnKey(DiagnosticCode.FIELD_NOT_ALLOWED_IN_QUERY_LANGUAGE, holder, field,
        "The QueryLanguage is set to '" + language + "', but field '" + field
            + "' is only supported for the '" + other + "' QueryLanguage");
  }
}
