package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.asl4j.parser.expr.IntrinsicCall;
import dev.asl4j.parser.expr.IntrinsicFunctions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** States.Format, StringSplit, Base64Encode, Base64Decode and Hash. */
final class TextFunctions {
  /** AWS's input limit for Base64Encode, Base64Decode and Hash. */
  static final int MAX_TEXT = 10_000;

  private static final Set<String> HASHES = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  private TextFunctions() {}

  /**
   * Fills each {@code {}} of the template with the next argument. The template is read as written
   * ({@code \{ \} \' \\} are escapes) so escaped braces stay literal. Objects and arrays print the
   * way a Java Map/List does ({@code {a=1, b=[]}}), as AWS's output shows.
   */
  static JsonNode format(IntrinsicCall call, IntrinsicArgs a) {
    a.string(0);
    JsonNode literal = call.args().get(0) instanceof IntrinsicCall.LiteralArg
        ? ((IntrinsicCall.LiteralArg) call.args().get(0)).value() : null;
    String source = literal == null ? null : IntrinsicFunctions.sourceText(literal);
    String template = source != null ? source : a.get(0).textValue();
    StringBuilder out = new StringBuilder(template.length() + 16);
    int next = 1;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length()) {
        char e = template.charAt(i + 1);
        if (e == '{' || e == '}' || e == '\'' || e == '\\') {
          out.append(e);
          i++;
          continue;
        }
        out.append(c);
      } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
        if (next >= a.size()) {
          throw a.fail("the template has more placeholders '{}' than there are arguments");
        }
        javaText(a.get(next++), out);
        i++;
      } else {
        out.append(c);
      }
    }
    if (next != a.size()) {
      throw a.fail("there are more arguments than placeholders '{}' in the template");
    }
    return new TextNode(out.toString());
  }

  /** Prints a value the way Java's toString prints the equivalent String/Number/Map/List. */
  static void javaText(JsonNode v, StringBuilder out) {
    if (v.isTextual()) {
      out.append(v.textValue());
    } else if (v.isArray()) {
      out.append('[');
      boolean first = true;
      for (JsonNode item : v) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        javaText(item, out);
      }
      out.append(']');
    } else if (v.isObject()) {
      out.append('{');
      boolean first = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!first) {
          out.append(", ");
        }
        first = false;
        out.append(e.getKey()).append('=');
        javaText(e.getValue(), out);
      }
      out.append('}');
    } else {
      out.append(v.asText());
    }
  }

  /** Every character of the second argument is a delimiter; empty pieces are dropped. */
  static JsonNode split(IntrinsicArgs a) {
    String s = a.string(0);
    String delimiters = a.string(1);
    ArrayNode out = Json.NODES.arrayNode();
    int start = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int width = Character.charCount(cp);
      if (delimiters.indexOf(cp) >= 0) {
        if (i > start) {
          out.add(s.substring(start, i));
        }
        start = i + width;
      }
      i += width;
    }
    if (start < s.length()) {
      out.add(s.substring(start));
    }
    return out;
  }

  static JsonNode base64Encode(IntrinsicArgs a) {
    String s = limited(a, a.string(0));
    return new TextNode(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
  }

  static JsonNode base64Decode(IntrinsicArgs a) {
    String s = limited(a, a.string(0));
    try {
      return new TextNode(new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw a.fail("the input is not valid Base64: " + e.getMessage());
    }
  }

  /** Hex digest of the text (other values are hashed as their JSON text). */
  static JsonNode hash(IntrinsicArgs a) {
    JsonNode data = a.get(0);
    String text = limited(a, data.isTextual() ? data.textValue() : Json.compact(data));
    String algorithm = a.string(1);
    if (!HASHES.contains(algorithm)) {
      throw a.fail("the hash algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512,"
          + " but was '" + algorithm + "'");
    }
    try {
      byte[] digest =
          MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
      return new TextNode(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw a.fail("the hash algorithm " + algorithm + " is not available");
    }
  }

  private static String limited(IntrinsicArgs a, String s) {
    if (s.length() > MAX_TEXT) {
      throw a.fail("the input must not exceed " + MAX_TEXT + " characters, but has "
          + s.length());
    }
    return s;
  }
}
