package dev.asl4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.spi.ExecutionStore;
import dev.asl4j.interpreter.spi.RealTimeScheduler;
import dev.asl4j.interpreter.spi.Scheduler;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskResolver;
import dev.asl4j.server.spi.InMemoryServerStore;
import dev.asl4j.server.spi.ServerStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code asl serve}: an AWS Step Functions endpoint (the JSON 1.0 protocol the AWS SDKs, the
 * {@code aws} CLI and Terraform speak) backed by the asl4j engine, with a web console on the same
 * port. Binds to 127.0.0.1 unless told otherwise; requests run on a bounded pool, and waiting
 * requests (activity long polls, synchronous executions) hold no thread.
 *
 * <pre>{@code
 * try (AslServer server = AslServer.builder().port(0)
 *     .taskHandler("arn:aws:lambda:us-east-1:123456789012:function:charge", req -> charge(req))
 *     .start()) {
 *   SfnClient sfn = SfnClient.builder().endpointOverride(server.endpoint())...build();
 * }
 * }</pre>
 */
public final class AslServer implements AutoCloseable {
  private final HttpServer http;
  private final ThreadPoolExecutor pool;
  private final ScheduledExecutorService timers;
  private final RealTimeScheduler realTime;
  private final AslEngine engine;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  private AslServer(HttpServer http, ThreadPoolExecutor pool, ScheduledExecutorService timers,
      RealTimeScheduler realTime, AslEngine engine) {
    this.http = http;
    this.pool = pool;
    this.timers = timers;
    this.realTime = realTime;
    this.engine = engine;
  }

  /** A builder with Step Functions Local's defaults: 127.0.0.1:8083, us-east-1, 123456789012. */
  public static Builder builder() {
    return new Builder();
  }

  /** The port the server listens on (the real one when built with port 0). */
  public int port() {
    return http.getAddress().getPort();
  }

  /** {@code http://HOST:PORT/}: the endpoint to give SDK clients and the console's address. */
  public URI endpoint() {
    InetSocketAddress a = http.getAddress();
    String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
  }

  /** Stops listening, waits up to a second for requests in flight, stops the timers. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    http.stop(1);
    pool.shutdownNow();
    timers.shutdownNow();
    engine.close(); // durable executions stay RUNNING in the store, resumed by the next server
    if (realTime != null) {
      realTime.close();
    }
  }

  /** Configures an {@link AslServer}; every setter checks its argument at once. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 8083;
    private String region = "us-east-1";
    private String account = "123456789012";
    private int maxBodyBytes = 1 << 20;
    private JsonNode mockConfig;
    private double waitTimeScale = 1.0;
    private ServerStore store;
    private ExecutionStore executions;
    private Scheduler scheduler;
    private int threads = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    private int maxExecutions = 100_000;
    private Duration pollTimeout = Duration.ofSeconds(60);
    private final Map<String, TaskHandler> handlers = new LinkedHashMap<>();
    private final List<TaskResolver> resolvers = new ArrayList<>();

    private Builder() {}

    /** The address to bind (default 127.0.0.1; anything else exposes the server to the network). */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port (default 8083, Step Functions Local's); 0 picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port (" + port + ") must be 0-65535");
      }
      this.port = port;
      return this;
    }

    public Builder region(String region) {
      if (region == null || !region.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
        throw new IllegalArgumentException("region (" + region + ") is not a region name");
      }
      this.region = region;
      return this;
    }

    public Builder account(String account) {
      if (account == null || !account.matches("\\d{12}")) {
        throw new IllegalArgumentException("account (" + account + ") must be 12 digits");
      }
      this.account = account;
      return this;
    }

    /** The largest request body (default 1 MiB); larger ones get a ValidationException. */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxBodyBytes (" + bytes + ") must be at least 1024");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /** Step Functions Local's MockConfigFile.json, used by executions started on {@code ARN#TestCase}. */
    public Builder mockConfig(JsonNode config) {
      if (config == null || !config.isObject() || !config.path("StateMachines").isObject()) {
        throw new IllegalArgumentException("mockConfig must be an object with \"StateMachines\"");
      }
      this.mockConfig = config;
      return this;
    }

    /** Scales every timer's delay (0 = waits pass at once; default 1). */
    public Builder waitTimeScale(double scale) {
      if (!(scale >= 0) || Double.isInfinite(scale)) {
        throw new IllegalArgumentException("waitTimeScale (" + scale + ") must be 0 or more");
      }
      this.waitTimeScale = scale;
      return this;
    }

    /** Where records are kept (default: in memory, the last {@code maxExecutions} executions). */
    public Builder store(ServerStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Keeps executions durably in {@code store} (asl-store-jdbc's SQLite or PostgreSQL store): a
     * server started on the same stores resumes the unfinished ones, and their history and
     * callbacks survive the restart. Pair it with a durable {@link #store(ServerStore)} such as
     * {@link dev.asl4j.server.spi.JdbcServerStore} for the machines and execution records. The
     * caller closes both stores after the server.
     */
    public Builder executionStore(ExecutionStore store) {
      this.executions = Objects.requireNonNull(store, "executionStore");
      return this;
    }

    /** The engine's clock and timers (default: real time, scaled by {@link #waitTimeScale}). */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /** Request threads (default 4 per core, at least 8). */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 1024) {
        throw new IllegalArgumentException("threads (" + threads + ") must be 1-1024");
      }
      this.threads = threads;
      return this;
    }

    /** How many executions are remembered with their history (default 100,000). */
    public Builder maxExecutions(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxExecutions (" + max + ") must be at least 1");
      }
      this.maxExecutions = max;
      return this;
    }

    /** How long GetActivityTask waits for a task (default 60 s, as AWS). */
    public Builder activityPollTimeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.compareTo(Duration.ofMinutes(5)) > 0) {
        throw new IllegalArgumentException("activityPollTimeout (" + timeout + ") must be 0-5 min");
      }
      this.pollTimeout = timeout;
      return this;
    }

    /** Answers Task states whose Resource is exactly {@code resourceArn} with {@code handler}. */
    public Builder taskHandler(String resourceArn, TaskHandler handler) {
      if (resourceArn == null || resourceArn.isBlank()) {
        throw new IllegalArgumentException("resourceArn (" + resourceArn + ") must not be blank");
      }
      handlers.put(resourceArn, Objects.requireNonNull(handler, "handler"));
      return this;
    }

    /** Adds a resolver for resources no handler answers (e.g. aws-bridge's real Lambda calls). */
    public Builder taskResolver(TaskResolver resolver) {
      resolvers.add(Objects.requireNonNull(resolver, "resolver"));
      return this;
    }

    /** Binds the port and starts serving. */
    public AslServer start() throws IOException {
      RealTimeScheduler realTime = scheduler == null ? new RealTimeScheduler() : null;
      Scheduler time = scheduler != null ? scheduler
          : waitTimeScale == 1.0 ? realTime : new ScaledScheduler(realTime, waitTimeScale);
      ParkedCallbacks parked = new ParkedCallbacks(10_000);
      List<TaskResolver> chain = new ArrayList<>(resolvers);
      chain.add(parked);
      MockCases mocks = new MockCases(mockConfig, chain);
      AslEngine.Builder eb = engineBuilder(time);
      if (executions != null) {
        eb.store(executions);
      }
      if (mocks.enabled()) {
        eb.taskResolver(mocks);
      } else {
        chain.forEach(eb::taskResolver);
      }
      AslEngine engine = eb.build();
      parked.bind(engine);
      ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "asl-serve-timers");
        t.setDaemon(true);
        return t;
      });
      Core core = new Core(engine, store != null ? store : new InMemoryServerStore(maxExecutions),
          region, account, mocks, timers, maxExecutions);
      Map<String, Op> ops = new HashMap<>();
      new MachineOps(core).register(ops);
      new VersionOps(core).register(ops);
      new AliasOps(core).register(ops);
      new StartOps(core).register(ops);
      new ExecutionOps(core).register(ops);
      new TaskOps(core, pollTimeout).register(ops);
      new TagOps(core).register(ops);
      ValidateOp validate = new ValidateOp();
      ops.put("ValidateStateMachineDefinition", Op.sync(validate::call));
      TestStateOp testState = new TestStateOp(() -> {
        AslEngine.Builder b = engineBuilder(time);
        resolvers.forEach(b::taskResolver);
        return b;
      });
      ops.put("TestState", Op.sync(testState::call));
      HttpFront front = new HttpFront(Map.copyOf(ops), maxBodyBytes);
      Console console = new Console(core, parked);
      AtomicInteger n = new AtomicInteger();
      ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(10_000), r -> {
            Thread t = new Thread(r, "asl-serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
          }, new ThreadPoolExecutor.CallerRunsPolicy());
      HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 1024);
      http.setExecutor(pool);
      http.createContext("/", x -> {
        if (x.getRequestMethod().equals("POST")) {
          front.handle(x);
        } else {
          console.handle(x);
        }
      });
      http.start();
      return new AslServer(http, pool, timers, realTime, engine);
    }

    private AslEngine.Builder engineBuilder(Scheduler time) {
      AslEngine.Builder b = AslEngine.builder().scheduler(time).region(region).accountId(account);
      handlers.forEach(b::taskHandler);
      return b;
    }
  }
}
