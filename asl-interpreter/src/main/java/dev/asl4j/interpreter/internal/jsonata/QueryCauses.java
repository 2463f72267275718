package dev.asl4j.interpreter.internal.jsonata;

import com.dashjoin.jsonata.JException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.internal.expr.AslException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AWS's {@code States.QueryEvaluationError} cause texts. Each starts with "The JSONata expression
 * '<expr>' specified for the field '<field>' " (the expression trimmed, the field as
 * {@code Output/key[2]/sub}); the engine prefixes the state sentence. A coded JSONata error ends
 * ". T1006: message", a bound or function failure ": message" (both forms seen on AWS).
 */
final class QueryCauses {
  static final String ERROR = "States.QueryEvaluationError";
  private static final Pattern QUOTED_NUMBER_ARGUMENT = Pattern.compile("(?i)(argument )\"(\\d+)\"");

  private QueryCauses() {}

  private static String head(String expression, String field) {
    return "The JSONata expression '" + expression.trim() + "' specified for the field '" + field + "' ";
  }

  static AslException undefined(String expression, String field) {
    return fail(head(expression, field) + "returned nothing (undefined).");
  }

  static AslException wrongType(String expression, String field, ValueType expected, JsonNode actual) {
    return fail(head(expression, field) + "returned an unexpected result type. Expected '"
        + expected.awsName() + "', but was '" + ValueType.nameOf(actual) + "' for value: "
        + JsonValues.print(actual));
  }

  /** A result with no JSON type at all (a function); AWS leaves out "specified" here. */
  static AslException unsupportedType(String expression, String field) {
    return fail("The JSONata expression '" + expression.trim() + "' for the field '" + field
        + "' returned an unsupported result type.");
  }

  /** The cause for anything thrown while evaluating (never an {@link AslException}). */
  static AslException thrown(String expression, String field, Throwable t) {
    String head = head(expression, field);
    LimitExceeded limit = find(t, LimitExceeded.class);
    if (limit != null) {
      return fail(head + "threw an error during evaluation: " + limit.getMessage());
    }
    if (t instanceof StackOverflowError) {
      return fail(head + "threw an error during evaluation: " + LimitExceeded.DEPTH);
    }
    if (t instanceof OutOfMemoryError) {
      return fail(head + "threw an error during evaluation: " + LimitExceeded.MEMORY);
    }
    SfnFunctions.SfnFunctionError own = find(t, SfnFunctions.SfnFunctionError.class);
    if (own != null) {
      return fail(head + "threw an error during evaluation: " + own.getMessage());
    }
    JException j = find(t, JException.class);
    if (j != null && j.getError() != null && j.getError().matches("[A-Z]\\d{4}")) {
      return fail(head + "threw an error during evaluation. " + j.getError() + ": " + message(j, expression));
    }
    if (j != null) {
      return fail(head + "threw an error during evaluation: " + message(j));
    }
    // A defect of the library (ClassCastException, IndexOutOfBounds...): AWS reports its own
    // internal failures this way, without detail.
    return fail(head + "threw an internal error during evaluation.");
  }

  /**
   * dashjoin's message with its catalogue's porting slips undone: "function" became "Object" in
   * about twenty templates, and argument positions are quoted ("Argument \"1\"").
   */
  static String message(JException j) {
    String m = j.getMessage() == null ? j.getError() : j.getMessage();
    StringBuilder sb = new StringBuilder(m.length());
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i <= m.length(); i++) {
      if (i == m.length() || m.charAt(i) == '"') {
        String part = m.substring(start, i);
        sb.append(quoted ? part : part.replaceAll("\\bObject\\b", "function"));
        if (i < m.length()) {
          sb.append('"');
        }
        quoted = !quoted;
        start = i + 1;
      }
    }
    Matcher a = QUOTED_NUMBER_ARGUMENT.matcher(sb);
    return a.replaceAll("$1$2");
  }

  /**
   * The message with T0412 rebuilt: dashjoin puts the offending value and the subtype letter where
   * JSONata puts the argument index and the function name. Every built-in whose signature has a
   * typed array ({@code $sum}, {@code $join}, {@code $merge}...) has it as argument 1, and the
   * error location sits just after the call's "(", so the name is read from the source.
   */
  static String message(JException j, String source) {
    if ("T0412".equals(j.getError()) && j.getExpected() instanceof String) {
      String type = ARRAY_TYPES.get(j.getExpected());
      String name = functionBefore(source, j.getLocation() - 1);
      if (type != null && name != null) {
        return "Argument 1 of function \"" + name + "\" must be an array of \"" + type + "\"";
      }
    }
    return message(j);
  }

  private static final java.util.Map<Object, String> ARRAY_TYPES = java.util.Map.of(
      "a", "arrays", "b", "booleans", "f", "functions", "n", "numbers", "o", "objects", "s", "strings");

  /** The name in "$name(" when {@code paren} is the index of that "(", else null. */
  private static String functionBefore(String source, int paren) {
    if (paren <= 0 || paren >= source.length() || source.charAt(paren) != '(') {
      return null;
    }
    int start = paren;
    while (start > 0 && Character.isUnicodeIdentifierPart(source.charAt(start - 1))) {
      start--;
    }
    return start < paren && start > 0 && source.charAt(start - 1) == '$' ? source.substring(start, paren) : null;
  }

  private static <T extends Throwable> T find(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }

  private static AslException fail(String cause) {
    return new AslException(ERROR, cause, true);
  }
}
