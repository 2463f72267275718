package dev.asl4j.interpreter.internal;

import dev.asl4j.interpreter.ExecutionListener;
import dev.asl4j.interpreter.internal.jsonata.JsonataEvaluator;
import dev.asl4j.interpreter.internal.jsonata.JsonataLimits;
import dev.asl4j.interpreter.spi.Scheduler;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * What all executions of one engine share: task resolution, time, limits, the randomness source,
 * task tokens, activities and the loaded state machines (for {@code .sync} child executions).
 * Immutable apart from the thread-safe registries.
 */
public final class EngineCore {
  private final Map<String, TaskHandler> handlers;
  private final List<TaskResolver> resolvers;
  private volatile List<TaskResolver> serviceResolvers;
  private final Scheduler scheduler;
  private final int historyLimit;
  private final boolean keepHistory;
  private final int payloadLimit;
  private final RandomGenerator random;
  private final String region;
  private final String account;
  private final TokenRegistry tokens = new TokenRegistry();
  private final ActivityRegistry activities = new ActivityRegistry();
  private final Map<String, CompiledMachine> machines = new ConcurrentHashMap<>();
  private final JsonataEvaluator jsonata;
  private final List<ExecutionListener> listeners;
  /** Null: executions live in memory only. */
  private final dev.asl4j.interpreter.spi.ExecutionStore store;
  /** Unfinished executions of a durable engine, by ARN (empty without a store). */
  private final Map<String, Run> live = new ConcurrentHashMap<>();
  private final HandlerPool handlerPool;
  private final int expressEventLimit;

  public EngineCore(
      Map<String, TaskHandler> handlers,
      List<TaskResolver> resolvers,
      Scheduler scheduler,
      int historyLimit,
      int payloadLimit,
      RandomGenerator random,
      String region,
      String account,
      List<ExecutionListener> listeners,
      JsonataLimits jsonataLimits,
      boolean keepHistory,
      dev.asl4j.interpreter.spi.ExecutionStore store,
      int handlerThreads,
      int expressEventLimit) {
    this.store = store;
    this.keepHistory = keepHistory;
    this.handlerPool = HandlerPool.of(handlerThreads);
    this.expressEventLimit = expressEventLimit;
    this.listeners = List.copyOf(listeners);
    this.handlers = Map.copyOf(handlers);
    this.resolvers = List.copyOf(resolvers);
    this.scheduler = scheduler;
    this.historyLimit = historyLimit;
    this.payloadLimit = payloadLimit;
    this.random = random;
    this.region = region;
    this.account = account;
    // Shared by all threads: draw from the engine's generator under its lock.
    RandomGenerator shared = this::nextSeed;
    this.jsonata = new JsonataEvaluator(jsonataLimits, scheduler::now, shared);
  }

  /** The durable store, or null. */
  public dev.asl4j.interpreter.spi.ExecutionStore store() {
    return store;
  }

  /** Tracks an unfinished durable execution so it can be found by ARN. */
  void track(Run r) {
    if (store != null && live.putIfAbsent(r.executionArn(), r) != null) {
      throw new IllegalArgumentException("ExecutionAlreadyExists: execution '"
          + r.executionArn() + "' is already running");
    }
  }

  /** The execution ended or stopped advancing here. */
  void forget(Run r) {
    if (store != null) {
      live.remove(r.executionArn(), r);
    }
  }

  /** The unfinished durable execution with this ARN running in this engine, or null. */
  public Run live(String executionArn) {
    return live.get(executionArn);
  }

  /** The unfinished durable executions this engine advances. */
  public java.util.Collection<Run> liveRuns() {
    return live.values();
  }

  /** How many durable executions this engine is advancing. */
  public int liveCount() {
    return live.size();
  }

  /** Listeners to tell about every execution's events; empty in the common case. */
  List<ExecutionListener> listeners() {
    return listeners;
  }

  /** The engine's JSONata evaluator (thread-safe, expressions compiled once). */
  JsonataEvaluator jsonata() {
    return jsonata;
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  public String region() {
    return region;
  }

  public String account() {
    return account;
  }

  public TokenRegistry tokens() {
    return tokens;
  }

  public ActivityRegistry activities() {
    return activities;
  }

  /** Whether executions keep their history in memory. */
  boolean keepHistory() {
    return keepHistory;
  }

  /** Where synchronous handlers run. */
  HandlerPool handlerPool() {
    return handlerPool;
  }

  /** Events an EXPRESS execution may record before it is ended (it has no history quota). */
  int expressEventLimit() {
    return expressEventLimit;
  }

  int historyLimit() {
    return historyLimit;
  }

  int payloadLimit() {
    return payloadLimit;
  }

  /** Registers a loaded machine so {@code states:startExecution} can find it by ARN. */
  public void register(CompiledMachine m) {
    machines.put(m.arn(), m);
  }

  CompiledMachine machine(String arn) {
    return machines.get(arn);
  }

  /** Handlers registered in code win, then the builder's resolvers, then ServiceLoader's. */
  TaskHandler resolve(String resource) {
    TaskHandler h = handlers.get(resource);
    if (h != null) {
      return h;
    }
    for (TaskResolver r : resolvers) {
      Optional<TaskHandler> o = r.resolve(resource);
      if (o.isPresent()) {
        return o.get();
      }
    }
    for (TaskResolver r : serviceResolvers()) {
      Optional<TaskHandler> o = r.resolve(resource);
      if (o.isPresent()) {
        return o.get();
      }
    }
    return null;
  }

  /** The handler registered in code under exactly {@code key}, or null. */
  TaskHandler handler(String key) {
    return handlers.get(key);
  }

  /** Keys of handlers registered in code. */
  Iterable<String> handlerKeys() {
    return handlers.keySet();
  }

  private List<TaskResolver> serviceResolvers() {
    List<TaskResolver> l = serviceResolvers;
    if (l == null) {
      List<TaskResolver> found = new ArrayList<>();
      ServiceLoader.load(TaskResolver.class).forEach(found::add);
      l = List.copyOf(found);
      serviceResolvers = l;
    }
    return l;
  }

  /** A seed for one execution's own generator, drawn from the engine's. */
  long nextSeed() {
    synchronized (random) {
      return random.nextLong();
    }
  }

  /** A random (version 4) UUID from the engine's generator. */
  public String newUuid() {
    long hi;
    long lo;
    synchronized (random) {
      hi = random.nextLong();
      lo = random.nextLong();
    }
    return uuid(hi, lo);
  }

  static String uuid(long hi, long lo) {
    hi = (hi & ~0xF000L) | 0x4000L;
    lo = (lo & ~(0xC000000000000000L)) | 0x8000000000000000L;
    return new UUID(hi, lo).toString();
  }
}
