package dev.asl4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.server.spi.ServerStore.Kind;
import java.util.LinkedHashMap;
import java.util.Map;

/** TagResource, UntagResource, ListTagsForResource on state machines and activities. */
final class TagOps {
  private static final int MAX_TAGS = 50;
  private final Core core;

  TagOps(Core core) {
    this.core = core;
  }

  void register(Map<String, Op> ops) {
    ops.put("TagResource", Op.sync(this::tag));
    ops.put("UntagResource", Op.sync(this::untag));
    ops.put("ListTagsForResource", Op.sync(this::list));
  }

  private String resource(Req r) {
    String arn = r.str("resourceArn", 256);
    Arn a = Arn.parse(arn, Arn.STATE_MACHINE, Arn.ACTIVITY);
    boolean exists = a.type().equals(Arn.ACTIVITY)
        ? core.store.get(Kind.ACTIVITY, arn).isPresent()
        : a.isAlias() ? core.store.get(Kind.ALIAS, arn).isPresent()
        : a.isVersion() ? core.store.get(Kind.VERSION, arn).isPresent()
        : core.store.get(Kind.STATE_MACHINE, arn).isPresent();
    if (!exists) {
      throw new ApiError("ResourceNotFound", "Resource not found: '" + arn + "'");
    }
    return arn;
  }

  private ObjectNode tag(Req r) {
    String arn = resource(r);
    JsonNode tags = r.optArray("tags");
    if (tags == null) {
      throw ApiError.missing("tags");
    }
    putTags(core, arn, tags);
    return Core.object();
  }

  private ObjectNode untag(Req r) {
    String arn = resource(r);
    JsonNode keys = r.optArray("tagKeys");
    if (keys == null) {
      throw ApiError.missing("tagKeys");
    }
    Map<String, String> m = read(core, arn);
    keys.forEach(k -> m.remove(k.asText()));
    write(core, arn, m);
    return Core.object();
  }

  private ObjectNode list(Req r) {
    String arn = resource(r);
    ObjectNode out = Core.object();
    ArrayNode a = out.putArray("tags");
    read(core, arn).forEach((k, v) -> a.addObject().put("key", k).put("value", v));
    return out;
  }

  /** Adds {@code tags} ([{key, value}], may be null) to the resource's tags. */
  static void putTags(Core core, String arn, JsonNode tags) {
    if (tags == null) {
      return;
    }
    Map<String, String> m = read(core, arn);
    for (JsonNode t : tags) {
      if (!t.isObject()) {
        throw Req.wrongType("tags", "a list of structures", t);
      }
      Req tr = new Req((ObjectNode) t);
      String key = tr.str("key", 128);
      String value = tr.optStr("value", 256);
      m.put(key, value == null ? "" : value);
    }
    if (m.size() > MAX_TAGS) {
      throw new ApiError("TooManyTags", "Too many tags: a resource may have at most " + MAX_TAGS);
    }
    write(core, arn, m);
  }

  private static Map<String, String> read(Core core, String arn) {
    Map<String, String> m = new LinkedHashMap<>();
    core.store.get(Kind.TAGS, arn).ifPresent(o -> o.fields()
        .forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText())));
    return m;
  }

  private static void write(Core core, String arn, Map<String, String> m) {
    ObjectNode o = Core.object();
    m.forEach(o::put);
    core.store.put(Kind.TAGS, arn, null, o);
  }
}
