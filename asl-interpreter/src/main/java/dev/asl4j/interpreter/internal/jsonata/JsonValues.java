package dev.asl4j.interpreter.internal.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * JSONata → Jackson values, and the JavaScript-style rendering of values in cause texts. Numbers
 * follow JavaScript, where AWS's JSONata lives: an integral double becomes an integer node (AWS
 * prints {@code 3}, not {@code 3.0}); a non-finite number becomes the string AWS was seen to
 * output ("Infinity"); functions and regexes are not data and vanish like {@code undefined}.
 */
final class JsonValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final double TWO_POW_63 = 9.223372036854775807E18;

  private JsonValues() {}

  /** The JSON value of a JSONata result; null when it is undefined (or a function). */
  static JsonNode toJson(Object v) {
    if (v == null || isFunction(v)) {
      return null;
    }
    JsonNode wrapped = JsonViews.unwrap(v);
    if (wrapped != null) {
      return wrapped; // untouched input travels through without a copy
    }
    if (v == Jsonata.NULL_VALUE) {
      return NODES.nullNode();
    }
    if (v instanceof String) {
      return NODES.textNode((String) v);
    }
    if (v instanceof Boolean) {
      return NODES.booleanNode((Boolean) v);
    }
    if (v instanceof Number) {
      return number((Number) v);
    }
    if (v instanceof Map) {
      ObjectNode o = NODES.objectNode();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        JsonNode child = toJson(e.getValue());
        if (child != null) { // an undefined member is dropped, as JSON.stringify drops it
          o.set(String.valueOf(e.getKey()), child);
        }
      }
      return o;
    }
    if (v instanceof List) {
      List<?> list = (List<?>) v;
      ArrayNode a = NODES.arrayNode(list.size());
      for (Object item : list) {
        JsonNode child = toJson(item);
        a.add(child == null ? NODES.nullNode() : child);
      }
      return a;
    }
    if (v instanceof CharSequence) {
      return NODES.textNode(v.toString());
    }
    return NODES.textNode(String.valueOf(v));
  }

  static boolean isFunction(Object v) {
    return Utils.isFunction(v) || Functions.isLambda(v) || v instanceof Pattern;
  }

  static JsonNode number(Number n) {
    if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return NODES.numberNode(n.intValue());
    }
    if (n instanceof Long) {
      long l = n.longValue();
      return l == (int) l ? NODES.numberNode((int) l) : NODES.numberNode(l);
    }
    double d = n.doubleValue();
    if (Double.isNaN(d)) {
      return NODES.textNode("NaN");
    }
    if (Double.isInfinite(d)) {
      return NODES.textNode(d > 0 ? "Infinity" : "-Infinity");
    }
    if (d == Math.rint(d) && Math.abs(d) < TWO_POW_63) {
      long l = (long) d;
      if (l == 0 && 1 / d < 0) {
        return NODES.numberNode(0); // JSON.stringify(-0) is "0"
      }
      return l == (int) l ? NODES.numberNode((int) l) : NODES.numberNode(l);
    }
    return NODES.numberNode(d);
  }

  /** Compact JSON text as JavaScript's {@code JSON.stringify} writes it, for cause texts. */
  static String print(JsonNode v) {
    StringBuilder sb = new StringBuilder();
    print(v, sb);
    return sb.toString();
  }

  private static void print(JsonNode v, StringBuilder sb) {
    if (v.isObject()) {
      sb.append('{');
      Iterator<Map.Entry<String, JsonNode>> it = v.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        quote(e.getKey(), sb);
        sb.append(':');
        print(e.getValue(), sb);
        if (it.hasNext()) {
          sb.append(',');
        }
      }
      sb.append('}');
    } else if (v.isArray()) {
      sb.append('[');
      for (int i = 0; i < v.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        print(v.get(i), sb);
      }
      sb.append(']');
    } else if (v.isTextual()) {
      quote(v.textValue(), sb);
    } else if (v.isIntegralNumber()) {
      sb.append(v.bigIntegerValue());
    } else if (v.isNumber()) {
      sb.append(jsNumber(v.doubleValue()));
    } else {
      sb.append(v.asText()); // true, false, null
    }
  }

  private static void quote(String s, StringBuilder sb) {
    sb.append('"').append(JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
  }

  /** JavaScript's {@code Number.prototype.toString()} for finite doubles. */
  static String jsNumber(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == 0) {
      return "0";
    }
    double abs = Math.abs(d);
    if (abs >= 1e-6 && abs < 1e21) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    BigDecimal bd = BigDecimal.valueOf(d).stripTrailingZeros();
    String digits = bd.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - bd.scale();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
  }
}
