package dev.asl4j.parser.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.Severity;
import dev.asl4j.parser.SourceSpan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a Jackson tree from a streaming parser while recording where every value (and every
 * object key) starts. Iterative, with an explicit stack, so that no input can exhaust the Java
 * stack; nesting beyond {@code maxDepth} stops the read with a diagnostic.
 */
final class TreeReader {
  /**
   * Memory, in characters, that the position tables may take per character of text (each entry
   * is counted as its pointer plus {@link #ENTRY_COST}). Beyond the budget, lookups fall back to
   * the nearest recorded ancestor: a hostile document (a wide array nested hundreds of levels
   * deep) would otherwise need gigabytes of pointer strings.
   */
  static final int BUDGET_PER_CHAR = 16;

  /** Rough per-entry cost of a table entry (hash node and span), in characters. */
  static final int ENTRY_COST = 96;

  /**
   * What was read.
   *
   * @param root the tree, or null when the text is not well-formed or hit a limit
   * @param firstToken the first token seen (null when there was none)
   * @param values value positions by pointer
   * @param keys key positions by pointer
   * @param diagnostics problems found, in document order
   */
  record Result(
      JsonNode root,
      JsonToken firstToken,
      Map<String, SourceSpan> values,
      Map<String, SourceSpan> keys,
      List<Diagnostic> diagnostics) {}

  /** One open container. */
  private static final class Frame {
    final JsonNode node;
    /** This container's reference token in its parent ("" for the root). */
    final String token;
    /** Its full pointer, or null once the position budget is spent. */
    final String pointer;
    String key;
    String keyToken;
    String keyPointer;
    int index;

    Frame(JsonNode node, String token, String pointer) {
      this.node = node;
      this.token = token;
      this.pointer = pointer;
    }
  }

  private final JsonNodeFactory factory = JsonNodeFactory.instance;
  private final Map<String, SourceSpan> values;
  private final Map<String, SourceSpan> keys;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final int maxDepth;
  /** Characters the position tables may still take. */
  private long budget;

  private TreeReader(int maxDepth, int textLength) {
    this.maxDepth = maxDepth;
    this.budget = Math.max(1L << 23, (long) BUDGET_PER_CHAR * textLength);
    // Definitions average 30-40 characters per value; sizing up front avoids rehashing.
    int expected = Math.min(1 << 20, textLength / 24 + 16);
    this.values = new HashMap<>(expected * 4 / 3 + 1);
    this.keys = new HashMap<>(expected * 4 / 3 + 1);
  }

  /** Reads one document of {@code textLength} characters from {@code parser}; never throws. */
  static Result read(JsonParser parser, int maxDepth, int textLength) {
    return new TreeReader(maxDepth, textLength).run(parser);
  }

  private Result run(JsonParser p) {
    JsonToken first = null;
    JsonNode root = null;
    try {
      first = p.nextToken();
      if (first == null) {
        return result(null, null);
      }
      root = readValues(p, first);
      if (root != null && p.nextToken() != null) {
        addError(DiagnosticCode.INVALID_JSON_DESCRIPTION, "", span(p.currentTokenLocation()),
            "Unexpected content after the end of the definition");
        root = null;
      }
    } catch (StreamConstraintsException e) {
      boolean nesting = String.valueOf(e.getOriginalMessage()).contains("nesting depth");
      addError(nesting ? DiagnosticCode.TOO_DEEPLY_NESTED : DiagnosticCode.INVALID_JSON_DESCRIPTION,
          "", span(e.getLocation()), e.getOriginalMessage());
      root = null;
    } catch (JsonProcessingException e) {
      addError(DiagnosticCode.INVALID_JSON_DESCRIPTION, "", span(e.getLocation()),
          e.getOriginalMessage());
      root = null;
    } catch (IOException | RuntimeException e) {
      // SnakeYAML and Jackson may surface odd inputs as unchecked exceptions; bad text must end
      // in a diagnostic, never an exception for the caller.
      addError(DiagnosticCode.INVALID_JSON_DESCRIPTION, "", span(safeLocation(p)),
          String.valueOf(e.getMessage()));
      root = null;
    }
    return result(root, first);
  }

  private Result result(JsonNode root, JsonToken first) {
    return new Result(root, first, values, keys, diagnostics);
  }

  /** Reads the value starting at {@code token}; returns the root, or null when stopped. */
  private JsonNode readValues(JsonParser p, JsonToken token) throws IOException {
    ArrayList<Frame> stack = new ArrayList<>();
    JsonNode root = null;
    JsonToken t = token;
    while (true) {
      switch (t) {
        case FIELD_NAME: {
          Frame f = stack.get(stack.size() - 1);
          f.key = p.currentName();
          f.keyToken = Pointers.escape(f.key);
          f.keyPointer = childPointer(f, f.keyToken);
          record(keys, f.keyPointer, p);
          break;
        }
        case START_OBJECT:
        case START_ARRAY: {
          JsonNode node = t == JsonToken.START_OBJECT ? factory.objectNode() : factory.arrayNode();
          if (stack.isEmpty()) {
            root = node;
            record(values, "", p);
            stack.add(new Frame(node, "", ""));
            break;
          }
          Frame parent = stack.get(stack.size() - 1);
          String tok = attach(stack, node, p);
          if (stack.size() >= maxDepth) {
            addError(DiagnosticCode.TOO_DEEPLY_NESTED, pointerOf(stack, tok),
                span(p.currentTokenLocation()),
                "The definition nests deeper than " + maxDepth + " levels");
            return null;
          }
          stack.add(new Frame(node, tok, parent.node.isObject() ? parent.keyPointer
              : childPointer(parent, tok)));
          break;
        }
        case END_OBJECT:
        case END_ARRAY:
          stack.remove(stack.size() - 1);
          if (stack.isEmpty()) {
            return root;
          }
          break;
        default: {
          JsonNode node = scalar(p, t);
          if (stack.isEmpty()) {
            record(values, "", p);
            return aliasCheck(p, null, "") ? node : null;
          }
          String tok = attach(stack, node, p);
          if (!aliasCheck(p, stack, tok)) {
            return null;
          }
          break;
        }
      }
      t = p.nextToken();
      if (t == null) {
        // Jackson reports truncated input itself; this is a defensive stop.
        throw new IllegalStateException("Unexpected end of input");
      }
    }
  }

  /**
   * Jackson hands a YAML alias over as the anchor's name, which would silently become a string
   * value: the document cannot be read faithfully. Returns false (after reporting) for an alias.
   */
  private boolean aliasCheck(JsonParser p, List<Frame> stack, String tok) throws IOException {
    if (p instanceof YAMLParser && ((YAMLParser) p).isCurrentAlias()) {
      addError(DiagnosticCode.INVALID_JSON_DESCRIPTION, stack == null ? "" : pointerOf(stack, tok),
          span(p.currentTokenLocation()), "YAML aliases are not supported (*" + p.getText() + ")");
      return false;
    }
    return true;
  }

  /**
   * Adds {@code node} to the innermost open container and records its position; returns its
   * reference token there.
   */
  private String attach(List<Frame> stack, JsonNode node, JsonParser p) {
    Frame f = stack.get(stack.size() - 1);
    String tok;
    String ptr;
    if (f.node.isObject()) {
      tok = f.keyToken;
      ptr = f.keyPointer;
      JsonNode previous = ((ObjectNode) f.node).replace(f.key, node);
      if (previous != null) {
        String where = ptr != null ? ptr : pointerOf(stack, tok);
        SourceSpan keySpan = keys.get(where);
        addError(DiagnosticCode.DUPLICATE_KEY, where,
            keySpan != null ? keySpan : span(p.currentTokenLocation()),
            "Duplicate key '" + f.key + "'");
      }
    } else {
      tok = Integer.toString(f.index++);
      ptr = childPointer(f, tok);
      ((ArrayNode) f.node).add(node);
    }
    record(values, ptr, p);
    return tok;
  }

  /** The pointer of child {@code tok} of {@code f}, or null once the budget is spent. */
  private String childPointer(Frame f, String tok) {
    return f.pointer == null || budget <= 0 ? null : f.pointer + "/" + tok;
  }

  /** The pointer of child {@code tok} of the innermost frame, built from the stack's tokens. */
  private static String pointerOf(List<Frame> stack, String tok) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < stack.size(); i++) {
      sb.append('/').append(stack.get(i).token);
    }
    return sb.append('/').append(tok).toString();
  }

  private JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case VALUE_STRING:
        return factory.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return factory.numberNode(p.getIntValue());
          case LONG:
            return factory.numberNode(p.getLongValue());
          default:
            return factory.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT: {
        double d = p.getDoubleValue();
        // Keep out-of-range literals exact instead of turning them into Infinity, which has no
        // JSON spelling and would not survive a write/parse round trip.
        return Double.isInfinite(d) || Double.isNaN(d)
            ? factory.numberNode(p.getDecimalValue())
            : factory.numberNode(d);
      }
      case VALUE_TRUE:
        return factory.booleanNode(true);
      case VALUE_FALSE:
        return factory.booleanNode(false);
      case VALUE_NULL:
        return factory.nullNode();
      default:
        // VALUE_EMBEDDED_OBJECT (YAML !!binary and the like): keep its text form.
        String text = p.getText();
        return text == null ? factory.nullNode() : factory.textNode(text);
    }
  }

  private void record(Map<String, SourceSpan> map, String ptr, JsonParser p) {
    if (ptr == null || budget <= 0) {
      return;
    }
    budget -= ptr.length() + ENTRY_COST;
    map.put(ptr, span(p.currentTokenLocation()));
  }

  private void addError(DiagnosticCode code, String ptr, SourceSpan span, String message) {
    diagnostics.add(new Diagnostic(code, Severity.ERROR,
        message == null ? "The definition could not be read" : message, ptr, span));
  }

  private static JsonLocation safeLocation(JsonParser p) {
    try {
      return p.currentLocation();
    } catch (RuntimeException e) {
      return null;
    }
  }

  static SourceSpan span(JsonLocation loc) {
    if (loc == null || loc.getLineNr() <= 0) {
      return SourceSpan.UNKNOWN;
    }
    return new SourceSpan(loc.getLineNr(), Math.max(1, loc.getColumnNr()), loc.getCharOffset());
  }
}
