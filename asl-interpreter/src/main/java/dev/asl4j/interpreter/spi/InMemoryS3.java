package dev.asl4j.interpreter.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A bucket store in memory that answers the S3 task resources a workflow uses, most usefully a
 * Distributed Map's {@code ItemReader} ({@code s3:getObject}, {@code s3:listObjectsV2}) and
 * {@code ResultWriter} ({@code s3:putObject}), plus the {@code aws-sdk:s3:*} forms of the same
 * calls. Register it as a resolver and put the objects your test reads.
 *
 * <pre>{@code
 * InMemoryS3 s3 = new InMemoryS3().put("orders", "batch.csv", "id,qty\n1,2\n");
 * AslEngine engine = AslEngine.builder().taskResolver(s3).build();
 * }</pre>
 *
 * <p>A missing key fails the task with {@code S3.NoSuchKeyException}, as the SDK integration does.
 */
public final class InMemoryS3 implements TaskResolver {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final Map<String, String> objects = new ConcurrentSkipListMap<>();

  /** Stores {@code content} as {@code bucket}/{@code key}; returns this for chaining. */
  public InMemoryS3 put(String bucket, String key, String content) {
    objects.put(bucket + "/" + key, content);
    return this;
  }

  /** The content of {@code bucket}/{@code key}, if present. */
  public Optional<String> get(String bucket, String key) {
    return Optional.ofNullable(objects.get(bucket + "/" + key));
  }

  /** Keys in {@code bucket} starting with {@code prefix}, in order. */
  public java.util.List<String> keys(String bucket, String prefix) {
    String start = bucket + "/" + (prefix == null ? "" : prefix);
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String k : objects.keySet()) {
      if (k.startsWith(start)) {
        out.add(k.substring(bucket.length() + 1));
      }
    }
    return out;
  }

  @Override
  public Optional<TaskHandler> resolve(String resource) {
    String api = resource.replace("arn:aws:states:::aws-sdk:s3:", "").replace("arn:aws:states:::s3:", "");
    if (api.equals(resource)) {
      return Optional.empty();
    }
    switch (api) {
      case "getObject":
        return Optional.of(this::getObject);
      case "listObjectsV2":
        return Optional.of(this::listObjects);
      case "putObject":
        return Optional.of(this::putObject);
      default:
        return Optional.empty();
    }
  }

  private JsonNode getObject(TaskRequest r) throws TaskFailedException {
    String bucket = r.input().path("Bucket").asText();
    String key = r.input().path("Key").asText();
    String body = objects.get(bucket + "/" + key);
    if (body == null) {
      throw new TaskFailedException("S3.NoSuchKeyException",
          "The specified key does not exist. (Service: S3, Status Code: 404)");
    }
    ObjectNode o = F.objectNode();
    o.put("Body", body);
    o.put("ContentLength", body.getBytes(StandardCharsets.UTF_8).length);
    o.put("ContentType", "application/octet-stream");
    return o;
  }

  private JsonNode listObjects(TaskRequest r) {
    String bucket = r.input().path("Bucket").asText();
    String prefix = r.input().path("Prefix").asText("");
    ObjectNode o = F.objectNode();
    ArrayNode contents = o.putArray("Contents");
    for (String key : keys(bucket, prefix)) {
      ObjectNode item = contents.addObject();
      item.put("Key", key);
      item.put("Size", objects.get(bucket + "/" + key).getBytes(StandardCharsets.UTF_8).length);
      item.put("StorageClass", "STANDARD");
    }
    o.put("KeyCount", contents.size());
    o.put("Name", bucket);
    o.put("Prefix", prefix);
    return o;
  }

  private JsonNode putObject(TaskRequest r) {
    JsonNode body = r.input().path("Body");
    put(r.input().path("Bucket").asText(), r.input().path("Key").asText(),
        body.isTextual() ? body.textValue() : body.toString());
    ObjectNode o = F.objectNode();
    o.put("ETag", "\"" + Integer.toHexString(body.toString().hashCode()) + "\"");
    return o;
  }
}
