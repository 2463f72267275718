package dev.asl4j.testing.docsnippets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.StateMachineDefinition;
import dev.asl4j.testing.AslExecution;
import dev.asl4j.testing.AslTestEnvironment;
import dev.asl4j.testing.TaskTokenHandle;
import java.nio.file.Path;

/**
 * What the code blocks of README.md and docs/*.md take as given: a fragment compiles as the body
 * of a method (or as members) of a subclass of this class, so the names the prose introduced
 * elsewhere (an environment, an execution, the samples' constants and helpers) resolve to values
 * of the right types. Never run; only compiled.
 */
public abstract class DocContext {
  protected static final String ORDER = "{\"orderId\":\"o-1\"}";
  protected static final String SAGA = "order-saga.asl.json";
  protected static final String APPROVAL = "order-approval.asl.json";
  protected static final String DEFINITION = "order-processing.asl.json";
  protected static final String CHECK_INVENTORY = "arn:aws:lambda:us-east-1:123456789012:function:check";
  protected static final String SNS = "arn:aws:states:::sns:publish";
  protected static final String OUT_OF_STOCK = "{\"available\":false}";
  protected static final String IN_STOCK = "{\"available\":true}";
  protected static final Path MOCK_CONFIG = Path.of("MockConfigFile.json");

  protected AslTestEnvironment env;
  protected AslExecution ex;
  protected TaskTokenHandle approval;
  protected AslEngine engine;
  protected StateMachineDefinition definition;
  protected Execution execution;
  protected JsonNode input;
  /** A definition's text. */
  protected String text;

  /** The saga sample's helpers. */
  protected static void reserveAndPaySucceed(AslTestEnvironment env) {}

  protected static void compensationsSucceed(AslTestEnvironment env) {}

  /** An application's own service call, as the embedding examples use it. */
  protected static JsonNode charge(JsonNode order) {
    return order;
  }
}
