package dev.asl4j.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Converts between the JSON a Task state sends or receives and the AWS SDK's request/response
 * objects, through the field descriptions every SDK model carries ({@link SdkPojo#sdkFields()}):
 * member names as in the service's API, in PascalCase as Step Functions writes them ({@code
 * TableName}, {@code StateMachineArn}), so one converter serves every service and action without
 * per-service code.
 *
 * <p>As Step Functions does, a JSON object or array given for a string member is sent as its JSON
 * text (e.g. an SQS {@code MessageBody} or a {@code StartExecution} {@code Input}); JSON null means
 * "not set". Blobs are base64 text; timestamps ISO-8601 text or epoch seconds.
 */
final class SdkJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private SdkJson() {}

  /** Fills {@code builder} (a model builder, itself an {@link SdkPojo}) from {@code json}. */
  static <T> T toModel(SdkBuilder<?, T> builder, JsonNode json, String where) {
    fill((SdkPojo) builder, json, where);
    return builder.build();
  }

  private static void fill(SdkPojo builder, JsonNode json, String where) {
    if (json == null || json.isNull() || json.isMissingNode()) {
      return;
    }
    if (!json.isObject()) {
      throw new IllegalArgumentException(where + ": expected a JSON object, not " + kind(json));
    }
    Map<String, SdkField<?>> fields = new LinkedHashMap<>();
    for (SdkField<?> f : builder.sdkFields()) {
      fields.put(name(f), f);
    }
    for (var it = json.fields(); it.hasNext(); ) {
      var e = it.next();
      SdkField<?> f = fields.get(e.getKey());
      if (f == null) {
        throw new IllegalArgumentException(where + ": the field '" + e.getKey()
            + "' is not supported (fields: " + String.join(", ", fields.keySet()) + ")");
      }
      if (!e.getValue().isNull()) {
        f.set(builder, value(f, e.getValue(), where + "." + e.getKey()));
      }
    }
  }

  private static Object value(SdkField<?> f, JsonNode v, String where) {
    MarshallingKnownType t = f.marshallingType().getKnownType();
    if (t == null) {
      throw new IllegalArgumentException(where + ": unsupported member type " + f.marshallingType());
    }
    switch (t) {
      case STRING:
        return v.isTextual() ? v.textValue() : v.toString();
      case INTEGER:
        return number(v, where).intValueExact();
      case LONG:
        return number(v, where).longValueExact();
      case SHORT:
        return number(v, where).shortValueExact();
      case BYTE:
        return number(v, where).byteValueExact();
      case FLOAT:
        return number(v, where).floatValue();
      case DOUBLE:
        return number(v, where).doubleValue();
      case BIG_DECIMAL:
        return number(v, where);
      case BOOLEAN:
        if (!v.isBoolean()) {
          throw new IllegalArgumentException(where + ": expected a boolean, not " + kind(v));
        }
        return v.booleanValue();
      case INSTANT:
        return instant(v, where);
      case SDK_BYTES:
        return bytes(v, where);
      case SDK_POJO:
        SdkPojo b = f.constructor().get();
        fill(b, v, where);
        return ((SdkBuilder<?, ?>) b).build();
      case LIST:
        return list(f.getRequiredTrait(ListTrait.class).memberFieldInfo(), v, where);
      case MAP:
        return map(f.getRequiredTrait(MapTrait.class).valueFieldInfo(), v, where);
      default:
        throw new IllegalArgumentException(where + ": unsupported member type " + t);
    }
  }

  private static List<Object> list(SdkField<?> member, JsonNode v, String where) {
    if (!v.isArray()) {
      throw new IllegalArgumentException(where + ": expected an array, not " + kind(v));
    }
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      out.add(value(member, v.get(i), where + "[" + i + "]"));
    }
    return out;
  }

  private static Map<String, Object> map(SdkField<?> value, JsonNode v, String where) {
    if (!v.isObject()) {
      throw new IllegalArgumentException(where + ": expected an object, not " + kind(v));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    v.fields().forEachRemaining(e -> out.put(e.getKey(), value(value, e.getValue(), where + "." + e.getKey())));
    return out;
  }

  private static BigDecimal number(JsonNode v, String where) {
    try {
      if (v.isNumber()) {
        return v.decimalValue();
      }
      if (v.isTextual()) {
        return new BigDecimal(v.textValue());
      }
    } catch (NumberFormatException bad) {
      // reported below
    }
    throw new IllegalArgumentException(where + ": expected a number, not " + kind(v));
  }

  private static Instant instant(JsonNode v, String where) {
    if (v.isNumber()) {
      return Instant.ofEpochMilli(v.decimalValue().movePointRight(3).longValue());
    }
    try {
      return Instant.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": expected an ISO-8601 timestamp, not " + v);
    }
  }

  private static SdkBytes bytes(JsonNode v, String where) {
    if (!v.isTextual()) {
      return SdkBytes.fromUtf8String(v.toString());
    }
    try {
      return SdkBytes.fromByteArray(Base64.getDecoder().decode(v.textValue()));
    } catch (IllegalArgumentException notBase64) {
      return SdkBytes.fromUtf8String(v.textValue());
    }
  }

  /** The JSON of a response (or any model object): set members only, by member name. */
  static ObjectNode toJson(SdkPojo pojo) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    for (SdkField<?> f : pojo.sdkFields()) {
      Object v = f.getValueOrDefault(pojo);
      if (v != null && !isAutoConstruct(v)) {
        o.set(name(f), json(v));
      }
    }
    return o;
  }

  private static JsonNode json(Object v) {
    JsonNodeFactory n = JsonNodeFactory.instance;
    if (v instanceof SdkPojo) {
      return toJson((SdkPojo) v);
    }
    if (v instanceof Collection) {
      ArrayNode a = n.arrayNode();
      ((Collection<?>) v).forEach(x -> a.add(json(x)));
      return a;
    }
    if (v instanceof Map) {
      ObjectNode o = n.objectNode();
      ((Map<?, ?>) v).forEach((k, x) -> o.set(String.valueOf(k), json(x)));
      return o;
    }
    if (v instanceof SdkBytes) {
      return n.textNode(Base64.getEncoder().encodeToString(((SdkBytes) v).asByteArray()));
    }
    if (v instanceof Boolean) {
      return n.booleanNode((Boolean) v);
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      long l = ((Number) v).longValue();
      return l == (int) l ? n.numberNode((int) l) : n.numberNode(l);
    }
    if (v instanceof Number) {
      return n.numberNode(new BigDecimal(v.toString()));
    }
    return n.textNode(v.toString()); // strings, enums' text, Instants as ISO-8601
  }

  /** The SDK answers an absent list or map with an empty "auto construct" one: not a value. */
  private static boolean isAutoConstruct(Object v) {
    return v instanceof software.amazon.awssdk.core.util.SdkAutoConstructList
        || v instanceof software.amazon.awssdk.core.util.SdkAutoConstructMap;
  }

  /**
   * A member's name in the API: its wire name when it travels in the body (DynamoDB's {@code NULL}
   * is {@code NUL} in Java), else the model's name (a header such as Lambda's {@code
   * InvocationType}), in PascalCase.
   */
  static String name(SdkField<?> f) {
    boolean body = f.location() == software.amazon.awssdk.core.protocol.MarshallLocation.PAYLOAD
        && f.locationName() != null && !f.locationName().isEmpty();
    return pascal(body ? f.locationName() : f.memberName());
  }

  /**
   * Step Functions names every API member in PascalCase ({@code StateMachineArn}), also for the
   * services whose SDK model spells them in camelCase ({@code stateMachineArn}: Step Functions).
   */
  static String pascal(String member) {
    return member.isEmpty() || Character.isUpperCase(member.charAt(0))
        ? member
        : Character.toUpperCase(member.charAt(0)) + member.substring(1);
  }

  static String kind(JsonNode v) {
    return v.isObject() ? "an object" : v.isArray() ? "an array" : v.isTextual() ? "a string"
        : v.isNumber() ? "a number" : v.isBoolean() ? "a boolean" : "null";
  }
}
