package dev.asl4j.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * A recording stand-in for the Step Functions control plane (JSON 1.0 protocol, {@code
 * X-Amz-Target: AWSStepFunctions.<Operation>}) with the state the deployer reads and writes:
 * state machines, versions, aliases and tags. Tests assert on {@link #operations()}.
 */
public final class FakeStepFunctions implements AutoCloseable {
  private static final String ACCOUNT = "123456789012";
  private final StubServer server;
  private final Map<String, ObjectNode> machines = new LinkedHashMap<>(); // by name
  private final Map<String, ObjectNode> aliases = new LinkedHashMap<>(); // by alias ARN
  private final Map<String, Map<String, String>> tags = new LinkedHashMap<>(); // by ARN
  private final Map<String, Integer> versions = new LinkedHashMap<>(); // by machine ARN
  private JsonNode validateAnswer;

  public FakeStepFunctions() throws IOException {
    server = new StubServer(this::answer);
  }

  public URI uri() {
    return server.uri();
  }

  SfnClient client() {
    return SfnClient.builder().region(Region.US_EAST_1).credentialsProvider(TestAws.CREDENTIALS)
        .endpointOverride(uri())
        .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
        .build();
  }

  /** The operations called so far, in order. */
  public List<String> operations() {
    return server.requests().stream().map(StubServer.Request::target).collect(Collectors.toList());
  }

  /** The operations that change something. */
  public List<String> writes() {
    return operations().stream()
        .filter(o -> !o.startsWith("List") && !o.startsWith("Describe") && !o.startsWith("Validate"))
        .collect(Collectors.toList());
  }

  /** The request body of the last call of {@code operation}. */
  public JsonNode lastRequest(String operation) {
    List<StubServer.Request> rs = server.requests();
    for (int i = rs.size() - 1; i >= 0; i--) {
      if (operation.equals(rs.get(i).target())) {
        return TestAws.json(rs.get(i).body());
      }
    }
    throw new AssertionError("no " + operation + " call in " + operations());
  }

  public ObjectNode machine(String name) {
    return machines.get(name);
  }

  public Map<String, String> tags(String arn) {
    return tags.getOrDefault(arn, Map.of());
  }

  public ObjectNode alias(String arn) {
    return aliases.get(arn);
  }

  /** Makes ValidateStateMachineDefinition answer {@code answer}. */
  void validateAnswers(String answer) {
    this.validateAnswer = TestAws.json(answer);
  }

  private synchronized StubServer.Response answer(StubServer.Request r) {
    JsonNode in = TestAws.json(r.body().isEmpty() ? "{}" : r.body());
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    switch (r.target()) {
      case "ListStateMachines": {
        ArrayNode a = out.putArray("stateMachines");
        machines.values().forEach(m -> a.addObject().put("name", m.get("name").asText())
            .put("stateMachineArn", m.get("stateMachineArn").asText())
            .put("type", m.get("type").asText()).put("creationDate", 1.7e9));
        return ok(out);
      }
      case "DescribeStateMachine": {
        ObjectNode m = byArn(in.path("stateMachineArn").asText());
        return m == null ? error("StateMachineDoesNotExist", "State Machine Does Not Exist") : ok(m.deepCopy());
      }
      case "CreateStateMachine": {
        String name = in.path("name").asText();
        if (machines.containsKey(name)) {
          return error("StateMachineAlreadyExists", "State Machine Already Exists");
        }
        String arn = "arn:aws:states:us-east-1:" + ACCOUNT + ":stateMachine:" + name;
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        m.put("name", name).put("stateMachineArn", arn)
            .put("type", in.path("type").asText("STANDARD")).put("status", "ACTIVE")
            .put("creationDate", 1.7e9).put("revisionId", "rev-1");
        copy(in, m, "definition", "roleArn", "loggingConfiguration", "tracingConfiguration");
        machines.put(name, m);
        Map<String, String> t = new LinkedHashMap<>();
        in.path("tags").forEach(x -> t.put(x.get("key").asText(), x.get("value").asText()));
        tags.put(arn, t);
        out.put("stateMachineArn", arn).put("creationDate", 1.7e9);
        if (in.path("publish").asBoolean()) {
          out.put("stateMachineVersionArn", publish(arn));
        }
        return ok(out);
      }
      case "UpdateStateMachine": {
        ObjectNode m = byArn(in.path("stateMachineArn").asText());
        copy(in, m, "definition", "roleArn", "loggingConfiguration", "tracingConfiguration");
        m.put("revisionId", "rev-" + System.nanoTime());
        out.put("updateDate", 1.7e9).put("revisionId", m.get("revisionId").asText());
        if (in.path("publish").asBoolean()) {
          out.put("stateMachineVersionArn", publish(m.get("stateMachineArn").asText()));
        }
        return ok(out);
      }
      case "PublishStateMachineVersion":
        out.put("stateMachineVersionArn", publish(in.path("stateMachineArn").asText()));
        return ok(out.put("creationDate", 1.7e9));
      case "ListTagsForResource": {
        ArrayNode a = out.putArray("tags");
        tags(in.path("resourceArn").asText()).forEach((k, v) -> a.addObject().put("key", k).put("value", v));
        return ok(out);
      }
      case "TagResource":
        in.path("tags").forEach(x -> tags.computeIfAbsent(in.path("resourceArn").asText(),
            k -> new LinkedHashMap<>()).put(x.get("key").asText(), x.get("value").asText()));
        return ok(out);
      case "ListStateMachineAliases": {
        ArrayNode a = out.putArray("stateMachineAliases");
        aliases.keySet().stream().filter(k -> k.startsWith(in.path("stateMachineArn").asText() + ":"))
            .forEach(k -> a.addObject().put("stateMachineAliasArn", k).put("creationDate", 1.7e9));
        return ok(out);
      }
      case "CreateStateMachineAlias": {
        String version = in.path("routingConfiguration").get(0).path("stateMachineVersionArn").asText();
        String arn = version.substring(0, version.lastIndexOf(':')) + ":" + in.path("name").asText();
        aliases.put(arn, alias(arn, in));
        return ok(out.put("stateMachineAliasArn", arn).put("creationDate", 1.7e9));
      }
      case "DescribeStateMachineAlias":
        return ok(aliases.get(in.path("stateMachineAliasArn").asText()).deepCopy());
      case "UpdateStateMachineAlias": {
        String arn = in.path("stateMachineAliasArn").asText();
        aliases.put(arn, alias(arn, in));
        return ok(out.put("updateDate", 1.7e9));
      }
      case "ValidateStateMachineDefinition":
        return ok(validateAnswer != null ? (ObjectNode) validateAnswer
            : out.put("result", "OK").set("diagnostics", JsonNodeFactory.instance.arrayNode()));
      default:
        return error("UnknownOperationException", r.target());
    }
  }

  private String publish(String machineArn) {
    int n = versions.merge(machineArn, 1, Integer::sum);
    return machineArn + ":" + n;
  }

  private static ObjectNode alias(String arn, JsonNode in) {
    ObjectNode a = JsonNodeFactory.instance.objectNode();
    a.put("stateMachineAliasArn", arn).put("name", arn.substring(arn.lastIndexOf(':') + 1));
    a.set("routingConfiguration", in.path("routingConfiguration").deepCopy());
    return a.put("creationDate", 1.7e9);
  }

  private ObjectNode byArn(String arn) {
    for (ObjectNode m : new ArrayList<>(machines.values())) {
      if (m.get("stateMachineArn").asText().equals(arn)) {
        return m;
      }
    }
    return null;
  }

  private static void copy(JsonNode from, ObjectNode to, String... names) {
    for (String n : names) {
      if (from.has(n)) {
        to.set(n, from.get(n).deepCopy());
      }
    }
  }

  private static StubServer.Response ok(ObjectNode body) {
    return new StubServer.Response(200, Map.of("Content-Type", "application/x-amz-json-1.0"), body.toString());
  }

  private static StubServer.Response error(String type, String message) {
    return new StubServer.Response(400, Map.of("Content-Type", "application/x-amz-json-1.0"),
        "{\"__type\":\"com.amazonaws.swf.service.v2.model#" + type + "\",\"message\":\"" + message + "\"}");
  }

  @Override
  public void close() {
    server.close();
  }
}
