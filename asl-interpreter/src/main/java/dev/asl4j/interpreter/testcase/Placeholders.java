package dev.asl4j.interpreter.testcase;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Matching of recorded values that contain the recorder's placeholders ({@code <uuid:3>}, {@code
 * <<task_token>:1>}): a placeholder stands for any text; the rest must match by JSON value.
 */
final class Placeholders {
  private Placeholders() {}

  static boolean matches(JsonNode recorded, JsonNode actual) {
    if (recorded == null || actual == null) {
      return recorded == actual;
    }
    if (recorded.isTextual() && recorded.textValue().indexOf('<') >= 0) {
      return actual.isTextual() && pattern(recorded.textValue()).matcher(actual.textValue()).matches();
    }
    if (recorded.isObject() && actual.isObject()) {
      if (recorded.size() != actual.size()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = recorded.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!matches(e.getValue(), actual.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (recorded.isArray() && actual.isArray()) {
      if (recorded.size() != actual.size()) {
        return false;
      }
      for (int i = 0; i < recorded.size(); i++) {
        if (!matches(recorded.get(i), actual.get(i))) {
          return false;
        }
      }
      return true;
    }
    return JsonValues.same(recorded, actual);
  }

  /** {@code text} as a regex: balanced {@code <...>} groups become {@code .*}. */
  static Pattern pattern(String text) {
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '<') {
        int depth = 0;
        int j = i;
        for (; j < text.length(); j++) {
          if (text.charAt(j) == '<') {
            depth++;
          } else if (text.charAt(j) == '>' && --depth == 0) {
            break;
          }
        }
        if (j < text.length()) {
          re.append(".*");
          i = j + 1;
          continue;
        }
      }
      re.append(Pattern.quote(String.valueOf(c)));
      i++;
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }
}
