package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.internal.expr.AslException;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskRequest;
import dev.asl4j.parser.model.ResultWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A Distributed Map's ResultWriter: writes {@code SUCCEEDED_0.json}, {@code FAILED_0.json} and
 * {@code manifest.json} under {@code <Prefix>/<map run id>/} through the writer's resource (e.g.
 * {@code s3:putObject} answered by {@code InMemoryS3}); the state's result becomes {@code
 * {MapRunArn, ResultWriterDetails: {Bucket, Key}}}. Without a Resource, only WriterConfig's
 * transformation applies to the result. The writer's handler must answer synchronously.
 */
final class ResultWriters {
  static final String FAILED = "States.ResultWriterFailed";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ResultWriters() {}

  /** One finished iteration as the result files describe it. */
  record Entry(int index, JsonNode input, JsonNode output, Failure failure) {}

  static JsonNode write(Fiber f, ResultWriter w, String mapRunArn, Entry[] entries, JsonNode in) {
    String transformation =
        w.writerConfig().flatMap(ResultWriter.WriterConfig::transformation).orElse("NONE");
    if (w.resource().isEmpty()) {
      ArrayNode out = F.arrayNode();
      for (Entry e : entries) {
        if (e != null && e.failure() == null) {
          JsonNode v = transform(f, e, transformation, mapRunArn);
          if (transformation.equals("FLATTEN") && v.isArray()) {
            out.addAll((ArrayNode) v);
          } else {
            out.add(v);
          }
        }
      }
      return out;
    }
    JsonNode params = f.node.jsonata
        ? w.arguments().map(t -> JsonataFlow.evaluate(f, t, in)).orElse(F.objectNode())
        : w.parameters().map(t -> DataFlow.template(t, in, f)).orElse(F.objectNode());
    String bucket = params.path("Bucket").asText();
    String prefix = params.path("Prefix").asText("");
    if (!prefix.isEmpty() && !prefix.endsWith("/")) {
      prefix = prefix + "/";
    }
    String base = prefix + mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1) + "/";
    TaskHandler h = f.run.engine.resolve(w.resource().get());
    if (h == null) {
      throw new AslException(FAILED, "No TaskHandler or TaskResolver handles the ResultWriter"
          + " resource '" + w.resource().get() + "'.");
    }
    ArrayNode succeeded = F.arrayNode();
    ArrayNode failed = F.arrayNode();
    for (Entry e : entries) {
      if (e != null) {
        (e.failure() == null ? succeeded : failed).add(transform(f, e, "NONE", mapRunArn));
      }
    }
    ObjectNode manifest = F.objectNode();
    manifest.put("DestinationBucket", bucket);
    manifest.put("MapRunArn", mapRunArn);
    ObjectNode files = manifest.putObject("ResultFiles");
    files.set("FAILED", put(f, h, w, bucket, base + "FAILED_0.json", failed));
    files.putArray("PENDING");
    files.set("SUCCEEDED", put(f, h, w, bucket, base + "SUCCEEDED_0.json", succeeded));
    put(f, h, w, bucket, base + "manifest.json", manifest);
    ObjectNode out = F.objectNode();
    out.put("MapRunArn", mapRunArn);
    ObjectNode details = out.putObject("ResultWriterDetails");
    details.put("Bucket", bucket);
    details.put("Key", base + "manifest.json");
    return out;
  }

  private static JsonNode transform(Fiber f, Entry e, String transformation, String mapRunArn) {
    if (transformation.equals("COMPACT") || transformation.equals("FLATTEN")) {
      return e.output();
    }
    ObjectNode d = F.objectNode();
    if (e.failure() != null) {
      d.put("Cause", e.failure().cause());
      d.put("Error", e.failure().error());
    }
    String name = mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1) + "_" + e.index();
    d.put("ExecutionArn", mapRunArn.replace(":mapRun:", ":execution:") + ":" + name);
    d.put("Input", e.input().toString());
    d.putObject("InputDetails").put("Included", true);
    d.put("Name", name);
    if (e.failure() == null) {
      d.put("Output", e.output().toString());
      d.putObject("OutputDetails").put("Included", true);
    }
    d.put("RedriveCount", 0);
    d.put("StateMachineArn", f.run.machine.arn());
    d.put("Status", e.failure() == null ? "SUCCEEDED" : "FAILED");
    return d;
  }

  private static ArrayNode put(Fiber f, TaskHandler h, ResultWriter w, String bucket, String key,
      JsonNode body) {
    ObjectNode p = F.objectNode();
    p.put("Bucket", bucket);
    p.put("Key", key);
    String text = body.toString();
    p.put("Body", text);
    TaskRequest r = new TaskRequest(f.node.name, w.resource().get(), p, Optional.empty(),
        f.retryCount, f.contextObject(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
    CompletableFuture<JsonNode> cf;
    try {
      cf = h.handleAsync(r).toCompletableFuture();
    } catch (RuntimeException e) {
      throw new AslException(FAILED, e.toString());
    }
    if (!cf.isDone()) {
      throw new AslException(FAILED, "The ResultWriter handler must answer synchronously.");
    }
    try {
      cf.join();
    } catch (RuntimeException e) {
      throw new AslException(FAILED, String.valueOf(e.getCause() != null ? e.getCause() : e));
    }
    ArrayNode list = F.arrayNode();
    ObjectNode file = list.addObject();
    file.put("Key", key);
    file.put("Size", text.getBytes(StandardCharsets.UTF_8).length);
    return list;
  }
}
