package dev.asl4j.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import java.util.Optional;

/** Writes templates, paths and literal/path field pairs back to JSON, as the parser reads them. */
final class TemplateWriter {
  static final JsonNodeFactory F = JsonNodeFactory.instance;

  private TemplateWriter() {}

  /** The JSON a template was read from (up to formatting). */
  static JsonNode write(Template t) {
    if (t instanceof Template.Literal) {
      return ((Template.Literal) t).value();
    }
    if (t instanceof Template.Obj) {
      ObjectNode o = F.objectNode();
      for (Template.Field f : ((Template.Obj) t).fields()) {
        o.set(f.dynamicKey() ? f.name() + ".$" : f.name(), write(f.value()));
      }
      return o;
    }
    if (t instanceof Template.Arr) {
      ArrayNode a = F.arrayNode();
      for (Template item : ((Template.Arr) t).items()) {
        a.add(write(item));
      }
      return a;
    }
    if (t instanceof Template.PathValue) {
      return F.textNode(((Template.PathValue) t).path().text());
    }
    if (t instanceof Template.IntrinsicValue) {
      return F.textNode(((Template.IntrinsicValue) t).call().toSource());
    }
    return F.textNode(((Template.JsonataValue) t).expr().framed());
  }

  /** Sets {@code field} to the template, when present. */
  static void put(ObjectNode o, String field, Optional<Template> t) {
    t.ifPresent(v -> o.set(field, write(v)));
  }

  /**
   * Sets a literal/path pair: a path or intrinsic goes to {@code field + "Path"}, a constant or a
   * JSONata expression to {@code field}.
   */
  static void putPair(ObjectNode o, String field, Optional<Template> t) {
    if (t.isEmpty()) {
      return;
    }
    Template v = t.get();
    boolean pathForm = v instanceof Template.PathValue || v instanceof Template.IntrinsicValue;
    o.set(pathForm ? field + "Path" : field, write(v));
  }

  /** Sets a path field unless it is the default {@code $}; the null marker becomes JSON null. */
  static void putPath(ObjectNode o, String field, Path p) {
    if (p.isNull()) {
      o.putNull(field);
    } else if (!p.equals(Path.ROOT)) {
      o.put(field, p.text());
    }
  }

  /** Sets a string field, when present. */
  static void putString(ObjectNode o, String field, Optional<String> s) {
    s.ifPresent(v -> o.put(field, v));
  }
}
