package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.expr.Template;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates payload templates ({@code Parameters}, {@code ResultSelector}, {@code ItemSelector},
 * JSONPath {@code Assign}, {@code ErrorPath}/{@code CausePath}, and JSONata {@code Arguments}/
 * {@code Output} with their {@code {% %}} parts delegated to a {@link JsonataHook}). Static
 * subtrees are shared, not copied: values are immutable once built.
 *
 * <pre>{@code
 * Templates templates = new Templates(new Intrinsics(new SplittableRandom()));
 * JsonNode effectiveInput = templates.evaluate(state.parameters(), input, scope, JsonataHook.NONE);
 * }</pre>
 */
public final class Templates {
  private final Intrinsics intrinsics;

  public Templates(Intrinsics intrinsics) {
    this.intrinsics = Objects.requireNonNull(intrinsics, "intrinsics");
  }

  /** The intrinsic evaluator this instance uses. */
  public Intrinsics intrinsics() {
    return intrinsics;
  }

  /**
   * Evaluates {@code template} on {@code input}. A path that matches nothing fails with {@code
   * States.Runtime} and AWS's cause "The JSONPath '$.x' specified for the field 'a.$' could not be
   * found in the input '{...}'" (the engine adds the state prefix).
   */
  public JsonNode evaluate(Template template, JsonNode input, Scope scope, JsonataHook hook) {
    return value(template, null, input, scope, hook);
  }

  /**
   * @param owner the object field holding {@code t} (directly or through arrays), or null at the
   *     top; the field's name for messages is only worked out on failure, to keep the hot path
   *     free of string building
   */
  private JsonNode value(
      Template t, Template.Field owner, JsonNode input, Scope scope, JsonataHook hook) {
    if (t instanceof Template.Literal) {
      return ((Template.Literal) t).value();
    }
    if (t instanceof Template.PathValue) {
      Template.PathValue p = (Template.PathValue) t;
      JsonNode v = Paths.read(p.path(), input, scope);
      if (v == null) {
        throw Errors.templatePathNotFound(p.path(), fieldName(t, owner), input);
      }
      return v;
    }
    if (t instanceof Template.IntrinsicValue) {
      return intrinsics.evaluate(
          ((Template.IntrinsicValue) t).call(), input, scope, () -> fieldName(t, owner));
    }
    if (t instanceof Template.JsonataValue) {
      Template.JsonataValue j = (Template.JsonataValue) t;
      return hook.evaluate(j.expr(), j.pointer());
    }
    if (t instanceof Template.Obj) {
      List<Template.Field> fields = ((Template.Obj) t).fields();
      ObjectNode out = Json.objectNode(fields.size());
      for (int i = 0, n = fields.size(); i < n; i++) {
        Template.Field f = fields.get(i);
        JsonNode v = value(f.value(), f, input, scope, hook);
        if (v != null) {
          out.set(f.name(), v);
        }
      }
      return out;
    }
    List<Template> items = ((Template.Arr) t).items();
    ArrayNode out = Json.NODES.arrayNode(items.size());
    for (int i = 0, n = items.size(); i < n; i++) {
      JsonNode v = value(items.get(i), owner, input, scope, hook);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  /** AWS names the key as written ({@code a.$}); a top-level template, its definition field. */
  private static String fieldName(Template t, Template.Field owner) {
    if (owner == null) {
      return fieldOf(t.pointer());
    }
    return owner.dynamicKey() ? owner.name() + ".$" : owner.name();
  }

  /** The field a top-level template stands for: the last token of its JSON Pointer. */
  static String fieldOf(String pointer) {
    if (pointer == null) {
      return "";
    }
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    return last.replace("~1", "/").replace("~0", "~");
  }
}
