package dev.asl4j.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.internal.CompiledMachine;
import dev.asl4j.interpreter.internal.EngineCore;
import dev.asl4j.interpreter.internal.jsonata.JsonataLimits;
import dev.asl4j.interpreter.spi.RealTimeScheduler;
import dev.asl4j.interpreter.spi.Scheduler;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskResolver;
import dev.asl4j.parser.model.StateMachine;
import dev.asl4j.validator.AslValidator;
import dev.asl4j.validator.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The entry point: loads (validates and compiles) state machine definitions and completes task
 * tokens. Thread-safe; one engine can serve many definitions and executions.
 *
 * <pre>{@code
 * AslEngine engine = AslEngine.builder()
 *     .taskHandler("arn:aws:lambda:us-east-1:123456789012:function:charge", req -> charge(req.input()))
 *     .scheduler(new VirtualTimeScheduler())
 *     .build();
 * StateMachineDefinition saga = engine.load(Path.of("order-saga.asl.json"));
 * ExecutionResult r = saga.run(input);
 * }</pre>
 */
public final class AslEngine implements AutoCloseable {
  /** AWS's history quota for STANDARD executions. */
  public static final int DEFAULT_HISTORY_LIMIT = 25_000;

  /** AWS's payload quota: 256 KiB of UTF-8 JSON per input, output and task result. */
  public static final int DEFAULT_MAX_PAYLOAD_BYTES = 262_144;

  /** Threads that run synchronous task handlers under a real-time scheduler, by default. */
  public static final int DEFAULT_HANDLER_THREADS = 16;

  /**
   * Events an EXPRESS execution may record before it ends TIMED_OUT. EXPRESS has no history quota
   * but AWS ends it after five minutes; in virtual time (or on a fast machine) this budget is what
   * stops an endless loop, and it bounds the memory one execution's history takes.
   */
  public static final int DEFAULT_EXPRESS_EVENT_LIMIT = 1_000_000;

  private final EngineCore core;
  private final AslValidator validator = AslValidator.create();
  private final Activities activities;
  /** The scheduler the builder created (closed with the engine), or null. */
  private final AutoCloseable ownedScheduler;
  private final Durability durability;

  private AslEngine(EngineCore core, AutoCloseable ownedScheduler, Duration resumeEvery) {
    this.core = core;
    this.activities = new ActivitiesImpl(core);
    this.ownedScheduler = ownedScheduler;
    this.durability = core.store() == null ? null : new Durability(this, core, resumeEvery);
  }

  /** A builder with AWS's defaults and real time. */
  public static Builder builder() {
    return new Builder();
  }

  /** Validates and compiles {@code text} (JSON or YAML) as a STANDARD machine. */
  public StateMachineDefinition load(String text, String fileName) {
    return load(text, fileName, LoadOptions.defaults());
  }

  /**
   * Validates and compiles {@code text}.
   *
   * @throws AslValidationException with every diagnostic when the definition is invalid
   */
  public StateMachineDefinition load(String text, String fileName, LoadOptions options) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    String file = fileName == null ? "definition.asl.json" : fileName;
    ValidationResult r = validator.validate(text, file, options.type());
    if (r.hasErrors() || r.parse().model().isEmpty()) {
      throw new AslValidationException(r);
    }
    StateMachine model = r.parse().model().get();
    String name = options.name() != null ? options.name() : defaultName(file);
    String arn =
        options.arn() != null
            ? options.arn()
            : "arn:aws:states:" + core.region() + ":" + core.account() + ":stateMachine:" + name;
    CompiledMachine m = CompiledMachine.plan(model, name, arn, options.type());
    if (core.store() != null) {
      m.definitionId(Durability.saveDefinition(core.store(), arn, name, options.type(), text));
    }
    core.register(m);
    return new StateMachineDefinition(core, m);
  }

  /** Reads a UTF-8 file and loads it; the machine is named after the file. */
  public StateMachineDefinition load(java.nio.file.Path file) throws IOException {
    return load(file, LoadOptions.defaults());
  }

  public StateMachineDefinition load(java.nio.file.Path file, LoadOptions options)
      throws IOException {
    return load(Files.readString(file, StandardCharsets.UTF_8), file.toString(), options);
  }

  /** Loads a definition given as a JSON tree. */
  public StateMachineDefinition load(JsonNode definition) {
    return load(definition, LoadOptions.defaults());
  }

  public StateMachineDefinition load(JsonNode definition, LoadOptions options) {
    return load(definition.toString(), "definition.asl.json", options);
  }

  /**
   * SendTaskSuccess: completes the task waiting on {@code token}.
   *
   * @throws TaskTokenException {@code InvalidToken}, {@code TaskDoesNotExist} or {@code
   *     TaskTimedOut}, as AWS answers
   */
  public void sendTaskSuccess(String token, JsonNode output) {
    core.tokens().success(token, output);
  }

  /** SendTaskFailure: fails the task waiting on {@code token}. */
  public void sendTaskFailure(String token, String error, String cause) {
    core.tokens().failure(token, error, cause);
  }

  /** SendTaskHeartbeat: resets the heartbeat clock of the task waiting on {@code token}. */
  public void sendTaskHeartbeat(String token) {
    core.tokens().heartbeat(token);
  }

  /**
   * Whether a task is still waiting on {@code token}: issued and not yet completed, failed, timed
   * out or aborted. Test tools use it to tell a parked execution from a running one.
   */
  public boolean isTaskTokenOutstanding(String token) {
    return core.tokens().isWaiting(token);
  }

  /** Activities: create them and poll for their tasks. */
  public Activities activities() {
    return activities;
  }

  /**
   * The durable operations (look-up, listing, history, stop, redrive), present when the engine
   * was built with {@link Builder#store}.
   */
  public Optional<Durability> durability() {
    return Optional.ofNullable(durability);
  }

  /**
   * Stops this engine: durable executions stop advancing here (they stay RUNNING in the store and
   * an engine built on it later resumes them) and give up their leases; the scheduler the builder
   * created is shut down. The store itself is the caller's to close. Idempotent.
   */
  @Override
  public void close() {
    if (durability != null) {
      durability.close();
    }
    if (ownedScheduler != null) {
      try {
        ownedScheduler.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot stop the scheduler: " + e, e);
      }
    }
  }

  /** The scheduler the engine's executions use. */
  public Scheduler scheduler() {
    return core.scheduler();
  }

  /**
   * The name a definition loaded from {@code file} gets unless {@link LoadOptions} names it: the
   * file name without its directory and definition suffix ({@code .asl.json}, {@code .yaml}...),
   * other characters than AWS allows in names replaced by {@code _}, at most 80 characters.
   */
  public static String defaultName(String file) {
    String n = file.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1);
    for (String ext : new String[] {".asl.json", ".asl.yaml", ".asl.yml", ".json", ".yaml", ".yml"}) {
      if (n.endsWith(ext) && n.length() > ext.length()) {
        n = n.substring(0, n.length() - ext.length());
        break;
      }
    }
    n = n.replaceAll("[^A-Za-z0-9_-]", "_");
    return n.isEmpty() ? "StateMachine" : n.length() > 80 ? n.substring(0, 80) : n;
  }

  /** Configures an {@link AslEngine}; every setter checks its argument at once. */
  public static final class Builder {
    private final Map<String, TaskHandler> handlers = new LinkedHashMap<>();
    private final List<TaskResolver> resolvers = new ArrayList<>();
    private Scheduler scheduler;
    private int historyLimit = DEFAULT_HISTORY_LIMIT;
    private int maxPayloadBytes = DEFAULT_MAX_PAYLOAD_BYTES;
    private RandomGenerator random;
    private String region = "us-east-1";
    private String account = "123456789012";
    private final List<ExecutionListener> listeners = new ArrayList<>();
    private JsonataLimits jsonataLimits = JsonataLimits.defaults();
    private boolean keepHistory = true;
    private dev.asl4j.interpreter.spi.ExecutionStore store;
    private Duration resumeEvery;
    private int handlerThreads = -1;
    private int expressEventLimit = DEFAULT_EXPRESS_EVENT_LIMIT;

    private Builder() {}

    /**
     * Keeps every execution in {@code store} (default: in memory only): each time an execution
     * has advanced and waits (or ended) its new events and state are stored before it goes on, and
     * {@link #build} resumes the unfinished executions the store holds. The caller closes the
     * store after the engine.
     */
    public Builder store(dev.asl4j.interpreter.spi.ExecutionStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * With a store shared by several engines (PostgreSQL): how often to look for executions whose
     * engine stopped (their lease ran out) and resume them here. Default: only at build.
     */
    public Builder resumeEvery(Duration every) {
      Objects.requireNonNull(every, "resumeEvery");
      if (every.isNegative() || every.isZero()) {
        throw new IllegalArgumentException("resumeEvery (" + every + ") must be positive");
      }
      this.resumeEvery = every;
      return this;
    }

    /** Runs {@code handler} for Task states whose {@code Resource} is exactly {@code resourceArn}. */
    public Builder taskHandler(String resourceArn, TaskHandler handler) {
      if (resourceArn == null || resourceArn.isBlank()) {
        throw new IllegalArgumentException("resourceArn (" + resourceArn + ") must not be blank");
      }
      handlers.put(resourceArn, Objects.requireNonNull(handler, "handler"));
      return this;
    }

    /** Adds a resolver, asked after the registered handlers, in the order added. */
    public Builder taskResolver(TaskResolver resolver) {
      resolvers.add(Objects.requireNonNull(resolver, "resolver"));
      return this;
    }

    /** The source of time and timers (default: a {@link RealTimeScheduler}). */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * Events a STANDARD execution may record before it fails (default 25,000, as AWS);
     * {@link Integer#MAX_VALUE} for no limit.
     */
    public Builder historyLimit(int limit) {
      if (limit < 3) {
        throw new IllegalArgumentException("historyLimit (" + limit + ") must be at least 3");
      }
      this.historyLimit = limit;
      return this;
    }

    /**
     * Largest input, output or task result in UTF-8 bytes (default 262,144, as AWS); {@link
     * Integer#MAX_VALUE} turns the check off.
     */
    public Builder maxPayloadBytes(int bytes) {
      if (bytes < 2) {
        throw new IllegalArgumentException("maxPayloadBytes (" + bytes + ") must be at least 2");
      }
      this.maxPayloadBytes = bytes;
      return this;
    }

    /** Adds a listener told about every event of every execution of this engine. */
    public Builder listener(ExecutionListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /** The generator behind execution names, task tokens, States.UUID/MathRandom and jitter. */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** Same as {@code random(new SplittableRandom(seed))}: reproducible names and jitter. */
    public Builder seed(long seed) {
      this.random = new SplittableRandom(seed);
      return this;
    }

    /** The region in generated ARNs and TaskScheduled events (default us-east-1). */
    public Builder region(String region) {
      if (region == null || !region.matches("[a-z0-9-]+")) {
        throw new IllegalArgumentException("region (" + region + ") is not a region name");
      }
      this.region = region;
      return this;
    }

    /** The account id in generated ARNs (default 123456789012). */
    public Builder accountId(String account) {
      if (account == null || !account.matches("\\d{12}")) {
        throw new IllegalArgumentException("accountId (" + account + ") must be 12 digits");
      }
      this.account = account;
      return this;
    }

    /**
     * How deep a JSONata evaluation may nest (user-function recursion included) before it ends in
     * {@code States.QueryEvaluationError}; default 100, where AWS reports a stack overflow.
     */
    public Builder jsonataMaxDepth(int depth) {
      if (depth < 1) {
        throw new IllegalArgumentException("jsonataMaxDepth (" + depth + ") must be at least 1");
      }
      this.jsonataLimits = jsonataLimits.withMaxDepth(depth);
      return this;
    }

    /**
     * Wall-clock budget of one JSONata evaluation (default 5 s); an expression that runs longer,
     * such as an endless recursion, ends in {@code States.QueryEvaluationError}.
     */
    public Builder jsonataTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "jsonataTimeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("jsonataTimeout (" + timeout + ") must be positive");
      }
      this.jsonataLimits = jsonataLimits.withTimeout(timeout);
      return this;
    }

    /**
     * Largest value one JSONata evaluation may build, estimated as 8 bytes per array element and
     * one per string character (default about 7 MB: AWS's largest accepted {@code $range}).
     */
    public Builder jsonataMaxValueBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("jsonataMaxValueBytes (" + bytes + ") must be positive");
      }
      this.jsonataLimits = jsonataLimits.withMaxValueBytes(bytes);
      return this;
    }

    /**
     * Whether executions keep their history in memory (default true). With {@code false},
     * {@link Execution#history()} and {@link ExecutionResult#history()} are empty and a running or
     * parked execution costs less memory; listeners still see every event, and the STANDARD
     * history limit still counts them. For engines embedded in production, where listeners feed
     * logs and metrics, and for large EXPRESS workloads.
     */
    public Builder keepHistory(boolean keep) {
      this.keepHistory = keep;
      return this;
    }

    /**
     * How many threads run synchronous task handlers (those implementing only {@link
     * TaskHandler#handle}), apart from the threads that drive executions, so that a handler that
     * blocks delays no other execution and its TimeoutSeconds, {@code stop()} and the execution
     * timeout still fire (the handler's thread is interrupted). 0 runs them on the driving thread.
     * Default: {@value #DEFAULT_HANDLER_THREADS} with a real-time scheduler; 0 with a {@link
     * dev.asl4j.interpreter.spi.VirtualTimeScheduler}, where inline calls keep histories
     * reproducible (a handler that never returns then blocks its caller).
     */
    public Builder handlerThreads(int threads) {
      if (threads < 0 || threads > 10_000) {
        throw new IllegalArgumentException("handlerThreads (" + threads + ") must be 0-10000");
      }
      this.handlerThreads = threads;
      return this;
    }

    /**
     * Events an EXPRESS execution may record before it ends TIMED_OUT (default {@value
     * #DEFAULT_EXPRESS_EVENT_LIMIT}); see {@link #DEFAULT_EXPRESS_EVENT_LIMIT}.
     */
    public Builder expressEventLimit(int limit) {
      if (limit < 3) {
        throw new IllegalArgumentException("expressEventLimit (" + limit + ") must be at least 3");
      }
      this.expressEventLimit = limit;
      return this;
    }

    /** Builds the engine; with a store, resumes the store's unfinished executions first. */
    public AslEngine build() {
      RealTimeScheduler owned = scheduler == null ? new RealTimeScheduler() : null;
      Scheduler time = scheduler != null ? scheduler : owned;
      int threads = handlerThreads >= 0 ? handlerThreads
          : time instanceof dev.asl4j.interpreter.spi.VirtualTimeScheduler ? 0
          : DEFAULT_HANDLER_THREADS;
      AslEngine engine = new AslEngine(
          new EngineCore(
              handlers,
              resolvers,
              time,
              historyLimit,
              maxPayloadBytes,
              random != null ? random : new SplittableRandom(),
              region,
              account,
              listeners,
              jsonataLimits,
              keepHistory,
              store,
              threads,
              expressEventLimit),
          owned,
          resumeEvery);
      if (engine.durability != null) {
        engine.durability.start();
      }
      return engine;
    }
  }

  private static final class ActivitiesImpl implements Activities {
    private final EngineCore core;

    ActivitiesImpl(EngineCore core) {
      this.core = core;
    }

    @Override
    public String createActivity(String name) {
      if (name == null || name.isEmpty() || name.length() > 80) {
        throw new IllegalArgumentException("activity name (" + name + ") must be 1-80 characters");
      }
      String arn = "arn:aws:states:" + core.region() + ":" + core.account() + ":activity:" + name;
      core.activities().create(arn);
      return arn;
    }

    @Override
    public void createActivityArn(String activityArn) {
      core.activities().create(Objects.requireNonNull(activityArn, "activityArn"));
    }

    @Override
    public boolean exists(String activityArn) {
      return core.activities().exists(activityArn);
    }

    @Override
    public Optional<ActivityTask> getActivityTask(String activityArn, String workerName) {
      return core.activities().poll(activityArn, workerName);
    }

    @Override
    public java.util.concurrent.CompletableFuture<Optional<ActivityTask>> awaitActivityTask(
        String activityArn, String workerName) {
      return core.activities().await(activityArn, workerName);
    }
  }
}
