package dev.asl4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.AslValidationException;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.ExecutionListener;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.StartOptions;
import dev.asl4j.interpreter.StateMachineDefinition;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import dev.asl4j.interpreter.testcase.MockTaskResolver;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.model.Branch;
import dev.asl4j.parser.model.MapState;
import dev.asl4j.parser.model.ParallelState;
import dev.asl4j.parser.model.State;
import dev.asl4j.parser.model.StateMachine;
import dev.asl4j.parser.model.TaskState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One test's world: a fresh engine on a fresh {@link VirtualTimeScheduler} (starting at {@link
 * VirtualTimeScheduler#DEFAULT_START}, seeded so names and tokens repeat), the test's mocks, and
 * the executions it started. The {@link AslTestExtension} injects a new one into every test
 * method.
 *
 * <pre>{@code
 * @AslTest
 * class OrderTest {
 *   @Test
 *   void retriesThePaymentGateway(AslTestEnvironment env) {
 *     env.mock("Charge").throwsError("Gateway.Timeout", null).then().returns("{\"paid\":true}");
 *     env.mockResource("arn:aws:states:::sns:publish").returns("{\"MessageId\":\"m-1\"}");
 *     AslExecution ex = env.start("order.asl.json", "{\"orderId\":\"o-1\"}");
 *     assertThat(ex).succeeded().hasAttempts("Charge", 2);
 *   }
 * }
 * }</pre>
 */
public final class AslTestEnvironment {
  private final ClassState cls;
  private final VirtualTimeScheduler time = new VirtualTimeScheduler();
  private final MockDispatcher mocks = new MockDispatcher(this::onPark);
  private final AslEngine engine;
  private final List<ParkedTask> parked = new ArrayList<>();
  private final Map<String, StateMachineDefinition> loaded = new LinkedHashMap<>();
  private final Map<StateMachineDefinition, String> names = new IdentityHashMap<>();
  private final Map<String, CoverageCollector> coverageByMachineArn = new LinkedHashMap<>();
  private final List<AslExecution> executions = new ArrayList<>();

  AslTestEnvironment(ClassState cls) {
    this.cls = cls;
    this.engine =
        AslEngine.builder()
            .scheduler(time)
            .seed(20240101L)
            .taskResolver(mocks)
            .listener(new CoverageListener())
            .build();
  }

  /**
   * An environment outside JUnit (definitions from the classpath root or files; coverage is
   * collected but not reported).
   */
  public static AslTestEnvironment create() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return new AslTestEnvironment(
        new ClassState("", cl != null ? cl : AslTestEnvironment.class.getClassLoader()));
  }

  // ---- definitions ----

  /**
   * Loads a definition: a classpath resource (under {@code @AslTest(definitionsDir)} first), else
   * a file path. Loaded once per environment.
   *
   * @throws AssertionError listing every diagnostic as {@code file:line:col [CODE] message} when
   *     the definition is invalid, or naming the places tried when it is not found
   */
  public StateMachineDefinition load(String definition) {
    Objects.requireNonNull(definition, "definition");
    StateMachineDefinition d = loaded.get(definition);
    if (d != null) {
      return d;
    }
    AssertionError known = cls.invalid(definition);
    if (known != null) {
      throw new AssertionError(known.getMessage());
    }
    ClassState.Source s = cls.source(definition);
    try {
      d = engine.load(s.text(), s.fileName());
    } catch (AslValidationException e) {
      AssertionError err = new AssertionError(render(e, s), e);
      cls.markInvalid(definition, err);
      throw err;
    }
    register(definition, d);
    return d;
  }

  private static String render(AslValidationException e, ClassState.Source s) {
    StringBuilder sb = new StringBuilder();
    List<Diagnostic> errors = e.result().errors();
    sb.append("invalid state machine definition ").append(s.fileName()).append(" (")
        .append(errors.size()).append(errors.size() == 1 ? " error):" : " errors):");
    for (Diagnostic d : errors) {
      String r = d.render(s.fileName(), s.text());
      String prefix = d.severity() + " ";
      sb.append(System.lineSeparator()).append(r.startsWith(prefix) ? r.substring(prefix.length()) : r);
    }
    return sb.toString();
  }

  private void register(String key, StateMachineDefinition d) {
    loaded.putIfAbsent(key, d);
    names.put(d, key);
    coverageByMachineArn.put(d.arn(), cls.coverage(key, d.model()));
    noteResources(d.model().root());
  }

  private void noteResources(Branch b) {
    for (State s : b.states().values()) {
      if (s instanceof TaskState t) {
        mocks.noteResource(t.name(), t.resource());
      } else if (s instanceof ParallelState p) {
        p.branches().forEach(this::noteResources);
      } else if (s instanceof MapState m) {
        noteResources(m.processor().graph());
      }
    }
  }

  // ---- executions ----

  /** Loads {@code definition} and starts it with {@code inputJson}; see {@link AslExecution}. */
  public AslExecution start(String definition, String inputJson) {
    return start(definition, Json.parse(inputJson, "execution input"));
  }

  /** Loads {@code definition} and starts it with {@code input}. */
  public AslExecution start(String definition, JsonNode input) {
    return start(load(definition), input, StartOptions.defaults());
  }

  /** Starts a definition loaded by {@link #load} (or by {@link #engine()} directly). */
  public AslExecution start(StateMachineDefinition definition, String inputJson) {
    return start(definition, Json.parse(inputJson, "execution input"), StartOptions.defaults());
  }

  /** Starts with explicit options (execution name, Context-object overrides). */
  public AslExecution start(StateMachineDefinition definition, JsonNode input, StartOptions options) {
    Objects.requireNonNull(definition, "definition");
    if (!names.containsKey(definition)) {
      register(definition.name(), definition);
    }
    checkMockedStates();
    Execution raw = definition.start(input, options);
    AslExecution ex = new AslExecution(this, definition, names.get(definition), raw);
    executions.add(ex);
    ex.settle();
    return ex;
  }

  // ---- mocks ----

  /**
   * The mock of the Task state {@code stateName} (made on first call; state mocks win). The first
   * answer configured after this call replaces the state's earlier answers (see {@link TaskMock});
   * the invocation count is kept. The name is checked when an execution starts: one that is no
   * Task state of the definitions loaded so far fails the test with a "did you mean" suggestion.
   */
  public TaskMock mock(String stateName) {
    return mocks.forState(Objects.requireNonNull(stateName, "stateName"));
  }

  /**
   * The mock of every Task state whose {@code Resource} is exactly {@code resourceArn}; like
   * {@link #mock}, a new call's first answer replaces the earlier ones.
   */
  public TaskMock mockResource(String resourceArn) {
    return mocks.forResource(Objects.requireNonNull(resourceArn, "resourceArn"));
  }

  /** Forgets every mock (invocation counts included) and every imported MockConfigFile case. */
  public void resetMocks() {
    mocks.reset();
  }

  /** Fails (as a test failure) when a mock names a state that no loaded definition has. */
  private void checkMockedStates() {
    List<StateMachine> models = new ArrayList<>();
    names.keySet().forEach(d -> models.add(d.model()));
    List<String> problems = MockTaskResolver.unknownStates(mocks.mockedStates(), models);
    if (!problems.isEmpty()) {
      throw new AssertionError("mocked state" + (problems.size() == 1 ? "" : "s")
          + " not found in " + String.join(", ", new LinkedHashSet<>(names.values())) + ": "
          + String.join("; ", problems)
          + " (a mock for another definition's state needs env.load(thatDefinition) first)");
    }
  }

  /**
   * Imports test case {@code testCaseName} of an AWS Step Functions Local {@code
   * MockConfigFile.json}; the state machine is the one that has that test case.
   */
  public void importMockConfig(Path mockConfigFile, String testCaseName) {
    JsonNode config = readConfig(mockConfigFile);
    List<String> machines = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = config.path("StateMachines").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().path("TestCases").has(testCaseName)) {
        machines.add(e.getKey());
      }
    }
    if (machines.size() != 1) {
      throw new IllegalArgumentException(mockConfigFile + ": " + (machines.isEmpty()
          ? "no state machine has a test case \"" + testCaseName + "\""
          : "state machines " + machines + " all have a test case \"" + testCaseName
              + "\"; use importMockConfig(file, stateMachine, testCase)"));
    }
    importMockConfig(config, machines.get(0), testCaseName);
  }

  /** Imports test case {@code testCaseName} of state machine {@code stateMachine}. */
  public void importMockConfig(Path mockConfigFile, String stateMachine, String testCaseName) {
    importMockConfig(readConfig(mockConfigFile), stateMachine, testCaseName);
  }

  private void importMockConfig(JsonNode config, String stateMachine, String testCase) {
    MockTaskResolver r = MockTaskResolver.fromMockConfig(config, stateMachine, testCase);
    Set<String> states = new LinkedHashSet<>();
    config.path("StateMachines").path(stateMachine).path("TestCases").path(testCase)
        .fieldNames().forEachRemaining(states::add);
    mocks.addImported(new MockDispatcher.Imported(states, r));
  }

  private static JsonNode readConfig(Path file) {
    try {
      return Json.parse(Files.readString(file), "MockConfigFile " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read MockConfigFile " + file, e);
    }
  }

  // ---- time ----

  /**
   * Moves virtual time forward by {@code d}, firing every timer due on the way (a task's
   * TimeoutSeconds, a Wait...); executions then run on to their next park or end.
   */
  public void advance(Duration d) {
    time.advance(Objects.requireNonNull(d, "duration"));
    for (AslExecution ex : new ArrayList<>(executions)) {
      ex.settle();
    }
  }

  /** The virtual time now. */
  public Instant now() {
    return time.now();
  }

  /** The engine (for sendTask*, activities, loading definitions from text...). */
  public AslEngine engine() {
    return engine;
  }

  VirtualTimeScheduler scheduler() {
    return time;
  }

  // ---- parked tasks ----

  private synchronized void onPark(ParkedTask p) {
    parked.add(p);
  }

  /** The tasks of {@code executionArn} still waiting on their token, oldest first. */
  synchronized List<ParkedTask> liveParked(String executionArn) {
    List<ParkedTask> out = new ArrayList<>();
    for (Iterator<ParkedTask> it = parked.iterator(); it.hasNext(); ) {
      ParkedTask p = it.next();
      if (!engine.isTaskTokenOutstanding(p.token())) {
        it.remove();
      } else if (p.executionArn().equals(executionArn)) {
        out.add(p);
      }
    }
    return out;
  }

  // ---- coverage ----

  /** The class-wide coverage of {@code definition} (as named to {@link #load}), or null. */
  CoverageCollector coverage(String definition) {
    StateMachineDefinition d = loaded.get(definition);
    return d == null ? null : coverageByMachineArn.get(d.arn());
  }

  private CoverageCollector collector(Execution ex) {
    String arn = ex.executionArn();
    int cut = arn.lastIndexOf(':');
    String machine = (cut < 0 ? arn : arn.substring(0, cut))
        .replace(":execution:", ":stateMachine:")
        .replace(":express:", ":stateMachine:");
    synchronized (this) {
      return coverageByMachineArn.get(machine);
    }
  }

  /** Feeds the class's coverage from the engine's listener callbacks. */
  private final class CoverageListener implements ExecutionListener {
    @Override
    public void onEvent(Execution execution, HistoryEvent event) {
      if (event.type().endsWith("StateEntered")) {
        CoverageCollector c = collector(execution);
        if (c != null) {
          c.entered(event.details().path("name").asText());
        }
      }
    }

    @Override
    public void onChoice(Execution execution, String state, int ruleIndex) {
      CoverageCollector c = collector(execution);
      if (c != null) {
        c.choice(state, ruleIndex);
      }
    }

    @Override
    public void onRetry(Execution execution, String state, int retrierIndex, String error) {
      CoverageCollector c = collector(execution);
      if (c != null) {
        c.retried(state, retrierIndex);
      }
    }

    @Override
    public void onCatch(Execution execution, String state, int catcherIndex, String error) {
      CoverageCollector c = collector(execution);
      if (c != null) {
        c.caught(state, catcherIndex);
      }
    }
  }
}
