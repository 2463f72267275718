package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds the payload templates of a state (the fields where {@code "key.$"} members are evaluated)
 * and walks them. Shared by the rules that look at dynamic values: intrinsics, NO_DOLLAR,
 * variable reads.
 */
final class Templates {
  /** A template root: the field's pointer and value. */
  record Root(String pointer, String field, JsonNode value) {}

  /** Receives every object member below a root. */
  interface MemberVisitor {
    void member(String pointer, String key, JsonNode value);
  }

  private static final String[] STATE_FIELDS = {
    "Parameters", "ResultSelector", "ItemSelector", "Credentials", "Assign", "Arguments", "Output"
  };

  private Templates() {}

  /** Every template field of {@code s}, including those of ItemReader, Catch and Choice rules. */
  static List<Root> roots(StateNode s) {
    List<Root> out = new ArrayList<>();
    for (String f : STATE_FIELDS) {
      add(out, s.pointer(), s.node(), f);
    }
    for (String holder : new String[] {"ItemReader", "ResultWriter"}) {
      JsonNode h = s.field(holder);
      if (h != null && h.isObject()) {
        add(out, s.pointer(holder), h, "Parameters");
        add(out, s.pointer(holder), h, "Arguments");
      }
    }
    JsonNode batcher = s.field("ItemBatcher");
    if (batcher != null && batcher.isObject()) {
      add(out, s.pointer("ItemBatcher"), batcher, "BatchInput");
    }
    for (String list : new String[] {"Catch", "Choices"}) {
      JsonNode arr = s.field(list);
      if (arr != null && arr.isArray()) {
        for (int i = 0; i < arr.size(); i++) {
          String p = Pointers.child(s.pointer(list), i);
          add(out, p, arr.get(i), "Assign");
          add(out, p, arr.get(i), "Output");
        }
      }
    }
    return out;
  }

  private static void add(List<Root> out, String base, JsonNode holder, String field) {
    JsonNode v = holder.get(field);
    if (v != null) {
      out.add(new Root(Pointers.child(base, field), field, v));
    }
  }

  /** Visits every object member at any depth below {@code node}. */
  static void walk(String pointer, JsonNode node, MemberVisitor visitor) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = Pointers.child(pointer, e.getKey());
        visitor.member(p, e.getKey(), e.getValue());
        walk(p, e.getValue(), visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(Pointers.child(pointer, i), node.get(i), visitor);
      }
    }
  }

  /** Visits every string at any depth in {@code node} (the root itself included). */
  static void strings(String pointer, JsonNode node, StringVisitor visitor) {
    if (node.isTextual()) {
      visitor.string(pointer, node.asText());
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        strings(Pointers.child(pointer, e.getKey()), e.getValue(), visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        strings(Pointers.child(pointer, i), node.get(i), visitor);
      }
    }
  }

  /** Receives strings found by {@link #strings}. */
  interface StringVisitor {
    void string(String pointer, String value);
  }
}
