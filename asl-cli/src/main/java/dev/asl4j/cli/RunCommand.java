package dev.asl4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.aws.AwsCredentials;
import dev.asl4j.aws.AwsTaskResolver;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.AslValidationException;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.LoadOptions;
import dev.asl4j.interpreter.StateMachineDefinition;
import dev.asl4j.interpreter.spi.RealTimeScheduler;
import dev.asl4j.interpreter.spi.Scheduler;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import dev.asl4j.interpreter.testcase.MockTaskResolver;
import dev.asl4j.parser.model.StateMachineType;
import dev.asl4j.validator.report.ReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code asl run}: executes one state machine locally and prints how it ended as JSON. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run a state machine definition locally and print its result as one JSON object:",
      "{\"status\":\"SUCCEEDED\",\"output\":…} or {\"status\":\"FAILED\",\"error\":…,\"cause\":…}.",
      "Time is virtual unless --real-time: Waits, retry back-offs and timeouts pass at once."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the execution succeeded",
      "1:the definition is invalid, or the execution failed, timed out, was aborted or never ended",
      "2:usage error: bad option, unreadable file, input or mocks not JSON"
    })
final class RunCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DEFINITION", description = "The definition file (JSON or YAML).")
  Path definition;

  @Option(
      names = {"-i", "--input"},
      paramLabel = "JSON|@FILE",
      defaultValue = "{}",
      description = "Execution input: JSON text, @FILE to read a file, @- for standard input (default: {}).")
  String input;

  @Option(
      names = {"-m", "--mocks"},
      paramLabel = "FILE",
      description = "Task responses: a conformance-case \"mocks\" object or a Step Functions Local MockConfigFile.json.")
  Path mocks;

  @Option(
      names = "--mock-case",
      paramLabel = "[MACHINE/]CASE",
      description = "Which MockConfigFile test case to use (default: the first test case of the state"
          + " machine named like the definition file, or of the only state machine).")
  String mockCase;

  @Option(
      names = "--mock-all",
      arity = "0..1",
      fallbackValue = "input",
      paramLabel = "input|empty",
      description = "Every Task state that --mocks does not answer returns its input (or {} with"
          + " --mock-all=empty); callback tasks complete their token with it.")
  String mockAll;

  @Option(names = "--trace", description = "Print one line per state entered/exited (with its"
      + " duration), error, retry and catch to standard error.")
  boolean trace;

  @Option(names = "--real-time", description = "Use the wall clock instead of virtual time.")
  boolean realTime;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "300",
      description = "Give up (and stop the execution) when it has not ended after SECONDS of real time: with --real-time"
          + " whatever it waits for; in virtual time only a task in flight can hold it up (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--history", description = "Add the execution history (\"history\":[…]) to the output.")
  boolean history;

  @Option(
      names = "--store",
      paramLabel = "FILE|JDBC-URL",
      description = "Keep the execution in a durable store: an SQLite file (created if missing) or a"
          + " jdbc:postgresql:// URL; read it back with asl executions. Unfinished executions the"
          + " store holds are resumed too.")
  String store;

  @Option(
      names = {"-t", "--type"},
      paramLabel = "TYPE",
      defaultValue = "STANDARD",
      description = "STANDARD or EXPRESS (default: ${DEFAULT-VALUE}).")
  StateMachineType type;

  @Mixin AwsRunOptions aws = new AwsRunOptions();

  @Option(
      names = "--start-time",
      paramLabel = "TIMESTAMP",
      description = "Virtual time's starting instant, ISO-8601 such as 2024-01-01T00:00:00Z (default: now).")
  String startTime;

  private final InputStream stdin;
  private final Consumer<AslEngine.Builder> engineSetup;
  private final AwsCredentials awsCredentials;

  /** Used by picocli. */
  RunCommand() {
    this(System.in, b -> {});
  }

  /** {@code engineSetup} may add handlers to the engine (tests use it for tasks that never end). */
  RunCommand(InputStream stdin, Consumer<AslEngine.Builder> engineSetup) {
    this(stdin, engineSetup, null);
  }

  /** {@code awsCredentials}: for --aws, null for the SDK's default chain (tests give fake keys). */
  RunCommand(InputStream stdin, Consumer<AslEngine.Builder> engineSetup, AwsCredentials awsCredentials) {
    this.stdin = stdin;
    this.engineSetup = engineSetup;
    this.awsCredentials = awsCredentials;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(out, err);
    } catch (UsageException e) {
      err.println("asl run: " + dev.asl4j.parser.TerminalText.escape(e.getMessage()));
      err.flush();
      return USAGE;
    }
  }

  private int run(PrintWriter out, PrintWriter err) throws UsageException {
    if (timeoutSeconds <= 0) {
      throw new UsageException("--timeout must be a positive number of seconds, not " + timeoutSeconds);
    }
    if (mockCase != null && mocks == null) {
      throw new UsageException("--mock-case needs --mocks");
    }
    if (startTime != null && realTime) {
      throw new UsageException("--start-time applies to virtual time only, not with --real-time");
    }
    aws.check();
    if (aws.enabled && mockAll != null) {
      throw new UsageException("--mock-all and --aws exclude each other: one answers every task, the other calls AWS");
    }
    JsonNode in = JsonArgs.valueOf(input, "--input", stdin);
    String text = readDefinition();
    String name = AslEngine.defaultName(definition.toString());
    MockTaskResolver mocked = mocks == null ? null : MockFiles.load(mocks, name, mockCase);
    Instant start = startInstant();
    if (store != null) {
      try {
        openStore = dev.asl4j.store.jdbc.JdbcExecutionStore.open(store,
            dev.asl4j.store.jdbc.StoreOptions.defaults());
      } catch (dev.asl4j.interpreter.spi.StoreException | IllegalArgumentException e) {
        throw new UsageException("--store: " + e.getMessage());
      }
    }
    try {
      return runWith(mocked, text, name, in, start, out, err);
    } finally {
      if (openStore != null) {
        openStore.close();
      }
    }
  }

  /** The store --store opened, or null. */
  private dev.asl4j.store.jdbc.JdbcExecutionStore openStore;

  private int runWith(MockTaskResolver mocked, String text, String name, JsonNode in,
      Instant start, PrintWriter out, PrintWriter err) throws UsageException {
    try (AwsTaskResolver real = aws.resolver(awsCredentials)) {
      if (realTime) {
        try (RealTimeScheduler scheduler = new RealTimeScheduler()) {
          return execute(scheduler, mocked, real, text, name, in, out, err);
        }
      }
      return execute(new VirtualTimeScheduler(start), mocked, real, text, name, in, out, err);
    }
  }

  private int execute(
      Scheduler scheduler,
      MockTaskResolver resolver,
      AwsTaskResolver real,
      String text,
      String name,
      JsonNode in,
      PrintWriter out,
      PrintWriter err)
      throws UsageException {
    AslEngine.Builder b = AslEngine.builder().scheduler(scheduler);
    engineSetup.accept(b);
    if (mockAll != null) {
      b.taskResolver(new MockAll(resolver, mockAll));
    } else if (real != null) {
      b.taskResolver(resolver == null ? real : AwsRunOptions.mixed(resolver, real));
    } else if (resolver != null) {
      b.taskResolver(resolver);
    }
    if (trace) {
      b.listener(new Trace(err));
    }
    if (openStore != null) {
      b.store(openStore);
    }
    AslEngine engine = b.build();
    StateMachineDefinition def;
    try {
      def = engine.load(text, definition.toString(), LoadOptions.defaults().withName(name).withType(type));
    } catch (AslValidationException e) {
      try {
        ReportWriter.text().write(List.of(e.result()), err);
      } catch (IOException impossible) {
        throw new AssertionError(impossible);
      }
      err.flush();
      return FAILED;
    }
    if (resolver != null) {
      MockFiles.checkStates(mocks, resolver, def.model());
    }
    Driven d = Driven.start(def, in, Duration.ofSeconds(timeoutSeconds));
    if (d.badInput() != null) {
      throw new UsageException("--input: " + d.badInput().getMessage());
    }
    ExecutionResult r = d.result();
    Execution ex = d.execution();
    if (r == null && ex != null) {
      ex.stop("asl.Timeout", "asl run --timeout " + timeoutSeconds + " passed");
    }
    List<HistoryEvent> events = r != null ? r.history() : ex != null ? ex.history() : List.of();
    out.println(report(r, events));
    out.flush();
    if (r == null) {
      err.println("asl run: the execution is still RUNNING: it "
          + (ex == null ? "did not reach its first wait" : "waits in " + dev.asl4j.parser.TerminalText.escape(OpenStates.describe(events)))
          + " and did not end within --timeout " + timeoutSeconds + " s of real time; it was stopped"
          + (realTime ? "" : " (virtual time cannot pass while a task is in flight)"));
      err.flush();
      return FAILED;
    }
    if (!r.succeeded()) {
      err.println("asl run: the execution " + r.status() + (r.error() != null ? " (" + dev.asl4j.parser.TerminalText.escape(r.error()) + ")" : "")
          + explain(r));
      err.flush();
      return FAILED;
    }
    return OK;
  }

  /** Where a timed-out or aborted execution was, for the message on standard error. */
  private String explain(ExecutionResult r) {
    if (r.cause() != null && r.cause().contains("No TaskHandler or TaskResolver handles the resource")) {
      return "; nothing answers its tasks: mock them with --mocks FILE (asl mocks init "
          + definition + " writes a skeleton) or let every task return its input with --mock-all";
    }
    if (r.status() != ExecutionStatus.TIMED_OUT && r.status() != ExecutionStatus.ABORTED) {
      return "";
    }
    String where = " while it waited in "
        + dev.asl4j.parser.TerminalText.escape(OpenStates.describe(r.history()));
    if (realTime || r.status() != ExecutionStatus.TIMED_OUT) {
      return where;
    }
    return where + "; virtual time ran on to the time limit because nothing else could move the"
        + " execution on (e.g. a task token that nobody sends: mock the state with --mocks)";
  }

  private ObjectNode report(ExecutionResult r, List<HistoryEvent> events) {
    ObjectNode o = JsonArgs.MAPPER.createObjectNode();
    if (r == null) {
      o.put("status", "RUNNING");
    } else {
      o.put("status", r.status().name());
      if (r.succeeded()) {
        o.set("output", r.output());
      } else {
        o.put("error", r.error());
        o.put("cause", r.cause());
      }
    }
    if (history) {
      ArrayNode h = o.putArray("history");
      for (HistoryEvent e : events) {
        h.add(e.toJson());
      }
    }
    return o;
  }

  private String readDefinition() throws UsageException {
    if (Files.isDirectory(definition)) {
      throw new UsageException(definition + " is a directory, not a definition file");
    }
    try {
      return CliFiles.text(definition);
    } catch (CliFiles.Unreadable e) {
      throw new UsageException("cannot read " + definition + " (" + e.getMessage() + ")");
    }
  }

  private Instant startInstant() throws UsageException {
    if (startTime == null) {
      return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
    try {
      return OffsetDateTime.parse(startTime).toInstant();
    } catch (DateTimeParseException e) {
      throw new UsageException("--start-time " + startTime + ": not an ISO-8601 timestamp such as 2024-01-01T00:00:00Z");
    }
  }
}
