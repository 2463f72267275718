package dev.asl4j.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.internal.CompiledMachine;
import dev.asl4j.interpreter.internal.EngineCore;
import dev.asl4j.interpreter.internal.Run;
import dev.asl4j.interpreter.internal.RunIdentity;
import dev.asl4j.parser.model.StateMachine;
import dev.asl4j.parser.model.StateMachineType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A loaded, validated and compiled state machine. Immutable and thread-safe: start as many
 * executions as you like, from any threads; each costs a few small objects.
 *
 * <pre>{@code
 * StateMachineDefinition order = engine.load(Path.of("order.asl.json"));
 * JsonNode input = new ObjectMapper().readTree("{\"orderId\":\"o-1\"}"); // any Jackson JsonNode
 * ExecutionResult r = order.run(input);                                   // to completion
 * Execution ex = order.start(input, StartOptions.defaults().withName("o-1")); // asynchronous
 * }</pre>
 */
public final class StateMachineDefinition {
  private final EngineCore core;
  private final CompiledMachine machine;

  StateMachineDefinition(EngineCore core, CompiledMachine machine) {
    this.core = core;
    this.machine = machine;
  }

  CompiledMachine compiled() {
    return machine;
  }

  /** The state machine name. */
  public String name() {
    return machine.name();
  }

  /** The state machine ARN. */
  public String arn() {
    return machine.arn();
  }

  /** STANDARD or EXPRESS. */
  public StateMachineType type() {
    return machine.type();
  }

  /** The parsed model. */
  public StateMachine model() {
    return machine.model();
  }

  /** Starts an execution with default options; see {@link #start(JsonNode, StartOptions)}. */
  public Execution start(JsonNode input) {
    return start(input, StartOptions.defaults());
  }

  /**
   * Starts an execution. It runs on the calling thread until it first waits (Wait state, retry
   * back-off, task in flight, callback) or ends, then continues on timer or task threads. A
   * synchronous task handler counts as a task in flight when the engine has handler threads (see
   * {@link AslEngine.Builder#handlerThreads}).
   *
   * @param input the execution input (null means {@code {}}, AWS's default)
   */
  public Execution start(JsonNode input, StartOptions options) {
    Objects.requireNonNull(options, "options");
    JsonNode in = input == null ? JsonNodeFactory.instance.objectNode() : input;
    Run run = new Run(core, machine, identity(options), in);
    run.start();
    return run;
  }

  /** Runs an execution to its end; see {@link #run(JsonNode, StartOptions)}. */
  public ExecutionResult run(JsonNode input) {
    return run(input, StartOptions.defaults());
  }

  /**
   * Runs an execution to its end. With a {@code VirtualTimeScheduler} time jumps to the next timer
   * whenever nothing else can happen, so Waits and back-offs take no real time; with real time
   * this blocks until the end.
   */
  public ExecutionResult run(JsonNode input, StartOptions options) {
    Objects.requireNonNull(options, "options");
    JsonNode in = input == null ? JsonNodeFactory.instance.objectNode() : input;
    Run run = new Run(core, machine, identity(options), in);
    run.start();
    return run.awaitForever();
  }

  private RunIdentity identity(StartOptions o) {
    String smName = o.stateMachineName() != null ? o.stateMachineName() : machine.name();
    String smArn = o.stateMachineArn() != null ? o.stateMachineArn() : machine.arn();
    String name = o.name() != null ? o.name() : core.newUuid();
    String arn = o.executionArn();
    if (arn == null) {
      String kind = machine.type() == StateMachineType.EXPRESS ? ":express:" : ":execution:";
      arn = machine.arn().replace(":stateMachine:", kind) + ":" + name;
    }
    String role =
        o.roleArn() != null
            ? o.roleArn()
            : "arn:aws:iam::" + core.account() + ":role/StepFunctions-" + machine.name() + "-role";
    Instant start =
        o.startTime() != null
            ? o.startTime()
            : core.scheduler().now().truncatedTo(ChronoUnit.MILLIS);
    return new RunIdentity(arn, name, role, start, smArn, smName);
  }
}
