package dev.asl4j.interpreter.testcase;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.AslValidationException;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.LoadOptions;
import dev.asl4j.interpreter.StartOptions;
import dev.asl4j.interpreter.StateMachineDefinition;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a {@link TestCase} on a fresh engine with virtual time (starting at the case's {@code
 * Execution.StartTime} when given), its mocks as the task resolver and its Context-object
 * overrides, then compares the result with AWS's by the conformance rules: status; output as JSON
 * values; error; cause as JSON values when both parse, else as text ({@code cause_recorded} is
 * not compared).
 *
 * <pre>{@code
 * TestOutcome o = TestCaseRunner.run(TestCase.read(file));
 * }</pre>
 */
public final class TestCaseRunner {
  /** Longest real time one case may take before it counts as hung. */
  public static final Duration CASE_TIMEOUT = Duration.ofSeconds(30);

  private TestCaseRunner() {}

  /** Runs {@code c} with the default engine set-up. */
  public static TestOutcome run(TestCase c) {
    return run(c, b -> {});
  }

  /** Runs {@code c}; {@code customize} may add handlers or resolvers to the engine first. */
  public static TestOutcome run(TestCase c, Consumer<AslEngine.Builder> customize) {
    JsonNode ctx = c.context();
    Instant start = instant(text(ctx, "Execution", "StartTime"));
    AslEngine.Builder b =
        AslEngine.builder()
            .scheduler(new VirtualTimeScheduler(start != null ? start : VirtualTimeScheduler.DEFAULT_START))
            .seed(c.name().hashCode())
            .region("us-east-1")
            .accountId("111111111111");
    MockTaskResolver mocks = c.mocks() == null ? null : MockTaskResolver.fromCaseMocks(c.mocks());
    if (mocks != null) {
      b.taskResolver(mocks);
    }
    customize.accept(b);
    AslEngine engine = b.build();
    LoadOptions lo =
        LoadOptions.defaults()
            .withType(c.type())
            .withName(orDefault(text(ctx, "StateMachine", "Name"), "StateMachine"))
            .withArn(text(ctx, "StateMachine", "Id"));
    StateMachineDefinition def;
    try {
      def = engine.load(c.definition().toString(), c.name() + ".asl.json", lo);
    } catch (AslValidationException e) {
      return new TestOutcome(false, "definition rejected: " + e.getMessage(), null);
    }
    // A misspelt key would leave its task unmocked (and maybe swallowed by a catch-all): say so.
    List<String> unknown = mocks == null ? List.of() : MockTaskResolver.unknownStates(mocks.states(), List.of(def.model()));
    if (!unknown.isEmpty()) {
      return new TestOutcome(false, "mocks: " + String.join("; ", unknown), null);
    }
    StartOptions so =
        StartOptions.defaults()
            .withName(text(ctx, "Execution", "Name"))
            .withExecutionArn(text(ctx, "Execution", "Id"))
            .withRoleArn(text(ctx, "Execution", "RoleArn"))
            .withStartTime(start);
    ExecutionResult r;
    try {
      Execution ex = def.start(c.input(), so);
      r = ex.awaitResult(CASE_TIMEOUT);
    } catch (RuntimeException e) {
      return new TestOutcome(false, "engine threw " + e, null);
    }
    String problem = compare(c.expected(), r);
    return new TestOutcome(problem == null, problem == null ? "" : problem, r);
  }

  /** Why {@code actual} differs from {@code expected}, or null when it matches. */
  public static String compare(TestCase.Expected expected, ExecutionResult actual) {
    if (!expected.status().equals(actual.status().name())) {
      return "status " + actual.status() + " (" + actual.error() + ": " + actual.cause()
          + "), expected " + expected.status()
          + (expected.error() != null ? " (" + expected.error() + ": " + expected.cause() + ")" : "");
    }
    if ("SUCCEEDED".equals(expected.status())) {
      if (expected.hasOutput() && !JsonValues.same(expected.output(), actual.output())) {
        return "output " + actual.output() + ", expected " + expected.output();
      }
      return null;
    }
    if (expected.error() != null && !expected.error().equals(actual.error())) {
      return "error " + actual.error() + ", expected " + expected.error();
    }
    if (expected.cause() != null && !JsonValues.sameCause(expected.cause(), actual.cause())) {
      return "cause <" + actual.cause() + ">, expected <" + expected.cause() + ">";
    }
    return null;
  }

  private static String text(JsonNode ctx, String a, String b) {
    if (ctx == null) {
      return null;
    }
    JsonNode v = ctx.path(a).path(b);
    return v.isTextual() ? v.textValue() : null;
  }

  private static String orDefault(String v, String d) {
    return v != null ? v : d;
  }

  private static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (RuntimeException e) {
      try {
        return Instant.parse(text);
      } catch (RuntimeException e2) {
        return null;
      }
    }
  }
}
