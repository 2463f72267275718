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
import java.util.List;
import java.util.Map;

/**
 * Builds a Jackson tree from a streaming parser while recording where every value (and every
 * object key) starts. Iterative, with an explicit stack, so that no input can exhaust the Java
 * stack; nesting beyond {@code maxDepth} stops the read with a diagnostic.
 */
final class TreeReader {
  /**
   * Memory, in characters, that materialized position tables may take per character of text;
   * see {@link PositionTable}.
   */
  static final int BUDGET_PER_CHAR = 16;

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
    /** Its entry in the position table. */
    final int entry;
    String key;
    JsonLocation keyAt;
    int index;

    Frame(JsonNode node, String token, int entry) {
      this.node = node;
      this.token = token;
      this.entry = entry;
    }
  }

  private final JsonNodeFactory factory = JsonNodeFactory.instance;
  private final PositionTable positions;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final int maxDepth;

  private TreeReader(int maxDepth, int textLength) {
    this.maxDepth = maxDepth;
    this.positions = new PositionTable(Math.max(1L << 23, (long) BUDGET_PER_CHAR * textLength));
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
    return new Result(root, first, positions.view(false), positions.view(true), diagnostics);
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
          f.keyAt = p.currentTokenLocation();
          break;
        }
        case START_OBJECT:
        case START_ARRAY: {
          JsonNode node = t == JsonToken.START_OBJECT ? factory.objectNode() : factory.arrayNode();
          if (stack.isEmpty()) {
            root = node;
            int entry = positions.add(-1, null, 0, p.currentTokenLocation(), null);
            stack.add(new Frame(node, "", entry));
            break;
          }
          Frame parent = stack.get(stack.size() - 1);
          String tok = token(parent);
          int entry = attach(stack, node, p);
          if (stack.size() >= maxDepth) {
            addError(DiagnosticCode.TOO_DEEPLY_NESTED, pointerOf(stack, tok),
                span(p.currentTokenLocation()),
                "The definition nests deeper than " + maxDepth + " levels");
            return null;
          }
          stack.add(new Frame(node, tok, entry));
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
            positions.add(-1, null, 0, p.currentTokenLocation(), null);
            return aliasCheck(p, null) ? node : null;
          }
          String tok = isAlias(p) ? token(stack.get(stack.size() - 1)) : null;
          attach(stack, node, p);
          if (tok != null) {
            aliasCheck(p, pointerOf(stack, tok));
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

  private static boolean isAlias(JsonParser p) {
    return p instanceof YAMLParser && ((YAMLParser) p).isCurrentAlias();
  }

  /**
   * Jackson hands a YAML alias over as the anchor's name, which would silently become a string
   * value: the document cannot be read faithfully. Returns false (after reporting) for an alias.
   */
  private boolean aliasCheck(JsonParser p, String pointer) throws IOException {
    if (isAlias(p)) {
      addError(DiagnosticCode.INVALID_JSON_DESCRIPTION, pointer == null ? "" : pointer,
          span(p.currentTokenLocation()), "YAML aliases are not supported (*" + p.getText() + ")");
      return false;
    }
    return true;
  }

  /** The reference token the next value of {@code f} will have. */
  private static String token(Frame f) {
    return f.node.isObject() ? Pointers.escape(f.key) : Integer.toString(f.index);
  }

  /**
   * Adds {@code node} to the innermost open container and records its position; returns its
   * entry in the position table.
   */
  private int attach(List<Frame> stack, JsonNode node, JsonParser p) {
    Frame f = stack.get(stack.size() - 1);
    if (f.node.isObject()) {
      JsonNode previous = ((ObjectNode) f.node).replace(f.key, node);
      if (previous != null) {
        addError(DiagnosticCode.DUPLICATE_KEY, pointerOf(stack, Pointers.escape(f.key)),
            span(f.keyAt), "Duplicate key '" + f.key + "'");
      }
      return positions.add(f.entry, f.key, 0, p.currentTokenLocation(), f.keyAt);
    }
    ((ArrayNode) f.node).add(node);
    return positions.add(f.entry, null, f.index++, p.currentTokenLocation(), null);
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
