package dev.asl4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.LoadOptions;
import dev.asl4j.interpreter.StateMachineDefinition;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.util.function.Consumer;

/**
 * A scenario loaded once into its own engine: the definition (validated and compiled outside the
 * timed loop), the input, the task handlers, and a checked first run.
 */
final class Loaded {
  final Scenario scenario;
  final AslEngine engine;
  final StateMachineDefinition definition;
  final JsonNode input;
  final ScriptedTasks tasks = new ScriptedTasks();

  private Loaded(Scenario scenario, Consumer<AslEngine.Builder> configure, String text) {
    this.scenario = scenario;
    AslEngine.Builder b = AslEngine.builder();
    if ("skip".equals(scenario.spec().path("retryDelays").asText())) {
      b.scheduler(new VirtualTimeScheduler()); // retry back-off passes in virtual time
    }
    tasks.register(scenario, b);
    configure.accept(b);
    this.engine = b.build();
    this.definition = engine.load(text, scenario.definitionFile(), LoadOptions.defaults());
    this.input = scenario.input();
  }

  /** Loads {@code name} with the engine's defaults changed by {@code configure}, runs it once and checks it. */
  static Loaded scenario(String name, Consumer<AslEngine.Builder> configure) {
    Scenario s = Scenario.named(name);
    return checked(new Loaded(s, configure, s.definitionText()));
  }

  /** Like {@link #scenario} but with another definition text (e.g. a JSONata rewrite). */
  static Loaded rewritten(String name, String definitionText, Consumer<AslEngine.Builder> configure) {
    return checked(new Loaded(Scenario.named(name), configure, definitionText));
  }

  private static Loaded checked(Loaded l) {
    l.tasks.reset();
    ExecutionResult r = l.definition.run(l.input);
    l.scenario.check(r);
    JsonNode expectCalls = l.scenario.spec().path("expect").path("taskInvocations");
    if (!expectCalls.isMissingNode() && l.tasks.invocations.get() != expectCalls.asLong()) {
      throw new IllegalStateException(l.scenario.name() + ": " + l.tasks.invocations.get()
          + " task invocations, expected " + expectCalls.asLong());
    }
    return l;
  }

  ExecutionResult run() {
    return definition.run(input);
  }
}
