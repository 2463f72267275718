package dev.asl4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.spi.TaskCallback;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskRequest;
import dev.asl4j.interpreter.spi.TaskResolver;
import dev.asl4j.interpreter.testcase.MockTaskResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The environment's only task resolver: state mocks win over resource mocks, which win over an
 * imported MockConfigFile; an unmocked callback task or activity parks on its token; any other
 * unmocked task fails with {@code States.Runtime}, which no Retry or Catch matches, so a forgotten
 * mock cannot be swallowed by a catch-all Catch. Nested {@code states:startExecution} tasks
 * and activities are left to the engine unless something mocks them.
 */
final class MockDispatcher implements TaskResolver, TaskHandler {
  private final Map<String, TaskMock> byState = new LinkedHashMap<>();
  private final Map<String, TaskMock> byResource = new LinkedHashMap<>();
  private final List<Imported> imported = new ArrayList<>();
  /** Resources of mocked states, from the definitions loaded so far. */
  private final Map<String, String> resourceOfState = new LinkedHashMap<>();
  private final Consumer<ParkedTask> onPark;
  private long parkSeq;

  /** A MockConfigFile test case: the states it answers and the resolver answering them. */
  record Imported(Set<String> states, TaskResolver resolver) {}

  MockDispatcher(Consumer<ParkedTask> onPark) {
    this.onPark = onPark;
  }

  synchronized TaskMock forState(String state) {
    return byState.computeIfAbsent(state, s -> new TaskMock("state \"" + s + "\"")).redefine();
  }

  synchronized TaskMock forResource(String resource) {
    return byResource.computeIfAbsent(resource, r -> new TaskMock("resource " + r)).redefine();
  }

  /** Forgets every mock and imported MockConfigFile test case. */
  synchronized void reset() {
    byState.clear();
    byResource.clear();
    imported.clear();
  }

  /** The state names mocked in code or by an imported MockConfigFile test case. */
  synchronized Set<String> mockedStates() {
    Set<String> mocked = new LinkedHashSet<>(byState.keySet());
    imported.forEach(i -> mocked.addAll(i.states()));
    return mocked;
  }

  synchronized void addImported(Imported i) {
    imported.add(i);
  }

  /** Remembers which resource each Task state of a loaded definition calls. */
  synchronized void noteResource(String state, String resource) {
    resourceOfState.put(state, resource);
  }

  @Override
  public synchronized Optional<TaskHandler> resolve(String resource) {
    if (byResource.containsKey(resource) || !leftToEngine(resource)) {
      return Optional.of(this);
    }
    for (String s : mockedStates()) {
      if (resource.equals(resourceOfState.get(s))) {
        return Optional.of(this);
      }
    }
    return Optional.empty();
  }

  /** Nested executions run in the same engine; activities have their own engine support. */
  private static boolean leftToEngine(String resource) {
    return resource.contains(":states:::states:startExecution");
  }

  @Override
  public JsonNode handle(TaskRequest request) throws TaskFailedException {
    // The engine always calls handleAsync; this is only here to satisfy the interface.
    return handleAsync(request).toCompletableFuture().join();
  }

  @Override
  public CompletionStage<JsonNode> handleAsync(TaskRequest r) {
    TaskMock m;
    Imported imp = null;
    synchronized (this) {
      m = byState.get(r.stateName());
      if (m == null) {
        m = byResource.get(r.resource());
      }
      if (m == null) {
        for (Imported i : imported) {
          if (i.states().contains(r.stateName())) {
            imp = i;
          }
        }
      }
    }
    boolean callback = isCallback(r);
    if (m == null && imp != null) {
      CompletionStage<JsonNode> s = imp.resolver().resolve(r.resource()).orElseThrow().handleAsync(r);
      return parkIfOpen(r, callback, s);
    }
    if (m == null) {
      if (callback) {
        return parkIfOpen(r, true, submitted(r));
      }
      return failed(MockTaskResolver.MISSING, "no mock for state \"" + r.stateName() + "\" (resource "
          + r.resource() + "); add env.mock(\"" + r.stateName() + "\") or env.mockResource(...)");
    }
    TaskMock.Answer a = m.next(r);
    if (a == null) {
      return failed(MockTaskResolver.MISSING, "the mock of state \"" + r.stateName()
          + "\" has no answer; call returns(...), throwsError(...) or answers(...) on it");
    }
    return parkIfOpen(r, callback, callback ? viaToken(a, r) : direct(a, r));
  }

  private CompletionStage<JsonNode> direct(TaskMock.Answer a, TaskRequest r) {
    if (a instanceof TaskMock.Answer.Returns ret) {
      return CompletableFuture.completedFuture(ret.value());
    }
    if (a instanceof TaskMock.Answer.Throws t) {
      return failed(t.error(), t.cause());
    }
    if (a instanceof TaskMock.Answer.Handles h) {
      return h.handler().handleAsync(r);
    }
    return hasTimer(r) ? TaskHandler.hang() : failed("States.Timeout", null);
  }

  /** A callback task's mocked outcome completes its token at once, as Step Functions Local does. */
  private CompletionStage<JsonNode> viaToken(TaskMock.Answer a, TaskRequest r) {
    TaskCallback cb = r.callback().orElseThrow();
    if (a instanceof TaskMock.Answer.Returns ret) {
      cb.success(ret.value());
    } else if (a instanceof TaskMock.Answer.Throws t) {
      cb.failure(t.error(), t.cause());
    } else if (a instanceof TaskMock.Answer.Handles h) {
      return h.handler().handleAsync(r); // the handler decides what to do with the token
    } else if (!hasTimer(r)) {
      cb.failure("States.Timeout", null);
    }
    return submitted(r);
  }

  private CompletionStage<JsonNode> parkIfOpen(
      TaskRequest r, boolean callback, CompletionStage<JsonNode> result) {
    if (callback && r.taskToken().isPresent()) {
      long seq;
      synchronized (this) {
        seq = parkSeq++;
      }
      String arn = r.context().path("Execution").path("Id").asText("");
      // Recorded even if already completed: the environment asks the engine which are still open.
      onPark.accept(new ParkedTask(arn, r.stateName(), r.taskToken().get(), r.input(), hasTimer(r), seq));
    }
    return result;
  }

  /** What the service answers when a callback task is submitted; activities just wait. */
  private static CompletionStage<JsonNode> submitted(TaskRequest r) {
    return isActivity(r.resource())
        ? TaskHandler.hang()
        : CompletableFuture.completedFuture(JsonNodeFactory.instance.objectNode());
  }

  private static boolean isCallback(TaskRequest r) {
    return r.callback().isPresent()
        && (r.resource().endsWith(".waitForTaskToken") || isActivity(r.resource()));
  }

  private static boolean isActivity(String resource) {
    String[] p = resource.split(":", 7);
    return p.length >= 7 && p[2].equals("states") && p[5].equals("activity");
  }

  private static boolean hasTimer(TaskRequest r) {
    return r.timeout().isPresent() || r.heartbeat().isPresent();
  }

  private static CompletionStage<JsonNode> failed(String error, String cause) {
    return CompletableFuture.failedFuture(new TaskFailedException(error, cause));
  }
}
