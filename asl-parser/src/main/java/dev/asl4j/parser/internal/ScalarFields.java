package dev.asl4j.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.expr.JsonataExpr;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.QueryLanguage;
import java.util.Optional;

/**
 * Fields that hold a constant, a {@code *Path} twin, or (in JSONata states) an expression:
 * {@code TimeoutSeconds}/{@code TimeoutSecondsPath}, {@code Seconds}/{@code SecondsPath}, {@code
 * Error}/{@code ErrorPath}, {@code MaxConcurrency}/{@code MaxConcurrencyPath}, ...
 */
final class ScalarFields {
  /** What the constant form must be. */
  enum Kind {
    INTEGER,
    NUMBER,
    STRING,
    TIMESTAMP
  }

  /** Type and range of one literal/path pair. */
  record Spec(String literal, String path, Kind kind, double min, double max, boolean intrinsic) {
    static Spec integer(String literal, long min, long max) {
      return new Spec(literal, literal + "Path", Kind.INTEGER, min, max, false);
    }

    static Spec number(String literal, double min, double max) {
      return new Spec(literal, literal + "Path", Kind.NUMBER, min, max, false);
    }

    /** A string whose {@code *Path} twin may also be an intrinsic call (Fail Error/Cause). */
    static Spec stringOrIntrinsic(String literal) {
      return new Spec(literal, literal + "Path", Kind.STRING, 0, 0, true);
    }

    static Spec timestamp(String literal) {
      return new Spec(literal, literal + "Path", Kind.TIMESTAMP, 0, 0, false);
    }
  }

  private final Problems problems;
  private final TemplateBuilder templates;

  ScalarFields(Problems problems, TemplateBuilder templates) {
    this.problems = problems;
    this.templates = templates;
  }

  /**
   * The pair's value, when either field is present. When both are, the constant wins here; the
   * validator reports the pair (EXCLUSIVE_FIELDS) from the tree.
   */
  Optional<Template> read(FieldReader r, QueryLanguage ql, Spec spec) {
    if (r.has(spec.literal())) {
      return Optional.of(literal(r.get(spec.literal()), r.ptr(spec.literal()), ql, spec));
    }
    if (r.has(spec.path())) {
      return path(r, spec);
    }
    return Optional.empty();
  }

  private Template literal(JsonNode v, String ptr, QueryLanguage ql, Spec spec) {
    if (ql == QueryLanguage.JSONATA && v.isTextual()) {
      Optional<JsonataExpr> expr = templates.expression(v.textValue(), ptr);
      if (expr.isPresent()) {
        return new Template.JsonataValue(ptr, expr.get());
      }
    }
    switch (spec.kind()) {
      case INTEGER:
        Checks.integer(v, ptr, (long) spec.min(), (long) spec.max(), problems);
        break;
      case NUMBER:
        Checks.number(v, ptr, spec.min(), spec.max(), problems);
        break;
      case STRING:
        if (!v.isTextual()) {
          problems.schema(ptr, "Expected value of type String");
        }
        break;
      case TIMESTAMP:
        if (!v.isTextual()) {
          problems.schema(ptr, "Expected value of type String");
        } else if (!Checks.isTimestamp(v.textValue())) {
          problems.schema(ptr, "String does not match RFC3339 timestamp");
        }
        break;
      default:
        throw new AssertionError(spec.kind());
    }
    // An invalid constant is kept as written: the diagnostic already makes the model unusable,
    // and keeping it shows the value to tools.
    return new Template.Literal(ptr, v);
  }

  private Optional<Template> path(FieldReader r, Spec spec) {
    JsonNode v = r.get(spec.path());
    String ptr = r.ptr(spec.path());
    if (!v.isTextual()) {
      r.typeError(spec.path(), "String");
      return Optional.empty();
    }
    String text = v.textValue();
    if (spec.intrinsic()) {
      Optional<Template> t = TemplateBuilder.pathOrIntrinsic(text, ptr);
      if (t.isEmpty()) {
        problems.error(DiagnosticCode.INVALID_PATH, ptr, "The value for the field '" + spec.path()
            + "' must be a valid JSONPath or a valid intrinsic function call");
      }
      return t;
    }
    Optional<Path> p = Paths.path(text, true);
    if (p.isEmpty()) {
      problems.error(DiagnosticCode.INVALID_PATH, ptr, "Value is not a Reference Path");
      return Optional.empty();
    }
    return Optional.of(new Template.PathValue(ptr, p.get()));
  }
}
