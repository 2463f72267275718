package dev.asl4j.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.ExecutionStatus;

/**
 * One scenario of the shared {@code manifest.json}: its definition, input and expectations (status,
 * output or output check, error, transitions per execution). Benchmarks run the scenario once in
 * {@code @Setup} and {@link #check} the result, so a figure is never quoted for wrong work.
 */
public final class Scenario {
  static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final JsonNode spec;

  private Scenario(String name, JsonNode spec) {
    this.name = name;
    this.spec = spec;
  }

  /** The scenario called {@code name} in the manifest; fails when it is not there. */
  public static Scenario named(String name) {
    JsonNode s = manifest().path("scenarios").path(name);
    if (s.isMissingNode()) {
      throw new IllegalStateException("scenario " + name + " is not in " + Workloads.file("manifest.json"));
    }
    return new Scenario(name, s);
  }

  static JsonNode manifest() {
    return parse(Workloads.read("manifest.json"));
  }

  static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  public String name() {
    return name;
  }

  /** The raw manifest entry. */
  public JsonNode spec() {
    return spec;
  }

  public String definitionFile() {
    return spec.path("definition").asText();
  }

  public String definitionText() {
    return Workloads.read(definitionFile());
  }

  public JsonNode input() {
    return parse(Workloads.read(spec.path("input").asText()));
  }

  /** {@code expect.transitionsPerExecution}. */
  public int transitions() {
    int n = spec.path("expect").path("transitionsPerExecution").asInt(-1);
    if (n <= 0) {
      throw new IllegalStateException(name + ": manifest has no transitionsPerExecution");
    }
    return n;
  }

  /** Fails loudly unless {@code r} is what the manifest expects. */
  public void check(ExecutionResult r) {
    JsonNode expect = spec.path("expect");
    String status = expect.path("status").asText();
    if (!status.equals(r.status().name())) {
      throw mismatch("status " + r.status() + " (error " + r.error() + ": " + r.cause() + "), expected " + status);
    }
    if (expect.has("error") && !expect.path("error").asText().equals(r.error())) {
      throw mismatch("error " + r.error() + ", expected " + expect.path("error").asText());
    }
    if (expect.has("output") && !expect.path("output").equals(r.output())) {
      throw mismatch("output " + r.output() + ", expected " + expect.path("output"));
    }
    if (expect.has("outputCheck")) {
      checkOutput(expect.path("outputCheck"), r);
    }
    if (r.status() == ExecutionStatus.SUCCEEDED && r.output() == null) {
      throw mismatch("no output");
    }
  }

  private void checkOutput(JsonNode c, ExecutionResult r) {
    String path = c.path("path").asText();
    if (!path.startsWith("$.") || path.indexOf('.', 2) >= 0) {
      throw new IllegalStateException(name + ": outputCheck path " + path + " not supported");
    }
    JsonNode v = r.output().path(path.substring(2));
    if (c.has("arrayLength") && (!v.isArray() || v.size() != c.path("arrayLength").asInt())) {
      throw mismatch(path + " has " + (v.isArray() ? v.size() + " items" : v.getNodeType())
          + ", expected " + c.path("arrayLength").asInt());
    }
    if (c.has("first") && !c.path("first").equals(v.path(0))) {
      throw mismatch(path + "[0] is " + v.path(0) + ", expected " + c.path("first"));
    }
  }

  private IllegalStateException mismatch(String what) {
    return new IllegalStateException("scenario " + name + ": " + what);
  }
}
