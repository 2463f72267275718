package dev.asl4j.parser.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A value of a definition field that may be computed at run time, parsed once at load time. One
 * type serves both dialects: JSONPath payload templates ({@code "key.$": "$.path"} or an
 * intrinsic), JSONata templates ({@code "{% expr %}"} strings at any depth), and plain fields that
 * accept either a constant or a {@code *Path} / JSONata form ({@code TimeoutSeconds},
 * {@code SecondsPath}, {@code ErrorPath}, ...).
 */
public sealed interface Template
    permits Template.Literal,
        Template.Obj,
        Template.Arr,
        Template.PathValue,
        Template.IntrinsicValue,
        Template.JsonataValue {

  /** JSON Pointer of this node in the definition. */
  String pointer();

  /** Whether evaluation needs no input: the whole subtree is a constant. */
  boolean isStatic();

  /** A constant JSON value (a whole static subtree collapses into one literal). */
  record Literal(String pointer, JsonNode value) implements Template {
    @Override
    public boolean isStatic() {
      return true;
    }
  }

  /** An object with at least one dynamic field somewhere below it. */
  record Obj(String pointer, List<Field> fields) implements Template {
    public Obj {
      fields = List.copyOf(fields);
    }

    @Override
    public boolean isStatic() {
      return false;
    }
  }

  /**
   * One field of an {@link Obj}.
   *
   * @param name the output key (without any {@code .$} suffix)
   * @param dynamicKey whether the key was written with the {@code .$} suffix
   * @param value the field's template
   */
  record Field(String name, boolean dynamicKey, Template value) {}

  /** An array with at least one dynamic item somewhere below it. */
  record Arr(String pointer, List<Template> items) implements Template {
    public Arr {
      items = List.copyOf(items);
    }

    @Override
    public boolean isStatic() {
      return false;
    }
  }

  /** A JSONPath ({@code $...}, {@code $$...} or {@code $var...}) evaluated at run time. */
  record PathValue(String pointer, Path path) implements Template {
    @Override
    public boolean isStatic() {
      return false;
    }
  }

  /** An intrinsic function call ({@code States.Format(...)}) evaluated at run time. */
  record IntrinsicValue(String pointer, IntrinsicCall call) implements Template {
    @Override
    public boolean isStatic() {
      return false;
    }
  }

  /** A JSONata expression evaluated at run time. */
  record JsonataValue(String pointer, JsonataExpr expr) implements Template {
    @Override
    public boolean isStatic() {
      return false;
    }
  }
}
