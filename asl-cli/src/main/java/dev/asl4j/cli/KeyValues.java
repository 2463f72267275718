package dev.asl4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code KEY=VALUE} options and JSON files of string values. */
final class KeyValues {
  private KeyValues() {}

  /** Each {@code KEY=VALUE} of {@code option}, in order (a later key wins). */
  static Map<String, String> parse(List<String> pairs, String option) throws UsageException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String p : pairs) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new UsageException(option + " " + p + ": expected KEY=VALUE");
      }
      out.put(p.substring(0, eq), p.substring(eq + 1));
    }
    return out;
  }

  /**
   * A JSON object file whose values are strings (numbers and booleans are taken as their text,
   * as CloudFormation does with DefinitionSubstitutions).
   */
  static Map<String, String> file(Path file, String option) throws UsageException {
    String what = option + " " + file;
    JsonNode json = JsonArgs.readFile(file, what);
    if (!json.isObject()) {
      throw new UsageException(what + ": expected a JSON object of \"name\": \"value\"");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (var it = json.fields(); it.hasNext(); ) {
      var e = it.next();
      if (!e.getValue().isValueNode() || e.getValue().isNull()) {
        throw new UsageException(what + ": the value of '" + e.getKey()
            + "' must be a string, number or boolean");
      }
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }
}
