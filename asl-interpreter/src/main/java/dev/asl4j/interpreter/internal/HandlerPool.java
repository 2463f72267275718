package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where synchronous handlers ({@link TaskHandler#handle} without an own {@code handleAsync}) run:
 * a bounded pool of daemon threads apart from the threads that drive executions, so a handler that
 * sleeps or never returns delays no other execution, and its state's TimeoutSeconds, a {@code
 * stop()} or the execution timeout still end the wait. With no threads (the default in virtual
 * time, for reproducible histories) they run on the driving thread.
 */
final class HandlerPool {
  private static final ClassValue<Boolean> SYNCHRONOUS =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          try {
            return type.getMethod("handleAsync", TaskRequest.class).getDeclaringClass()
                == TaskHandler.class;
          } catch (NoSuchMethodException impossible) {
            return false;
          }
        }
      };

  private final ThreadPoolExecutor executor;

  private HandlerPool(ThreadPoolExecutor executor) {
    this.executor = executor;
  }

  /** A pool of at most {@code threads} threads (idle ones end after 30 s); 0: run inline. */
  static HandlerPool of(int threads) {
    if (threads == 0) {
      return new HandlerPool(null);
    }
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "asl4j-handler-" + n.incrementAndGet());
              t.setDaemon(true); // a handler that never returns must not keep the JVM alive
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    return new HandlerPool(pool);
  }

  /** Whether {@code h} should run on this pool rather than on the driving thread. */
  boolean offThread(TaskHandler h) {
    return executor != null && isSynchronous(h);
  }

  /** Whether {@code h} implements only {@link TaskHandler#handle} (blocking, by its signature). */
  static boolean isSynchronous(TaskHandler h) {
    return SYNCHRONOUS.get(h.getClass());
  }

  /** A running call: its result stage, and the task to cancel (interrupting the handler). */
  record Call(CompletableFuture<JsonNode> result, Future<?> task) {
    /** Interrupts the handler; the stage ends at once, so nobody waits for it any more. */
    void cancel() {
      task.cancel(true);
      result.cancel(false);
    }
  }

  /** Runs {@code h.handle(request)} on a pool thread; every throwable fails the stage. */
  Call submit(TaskHandler h, TaskRequest request) {
    CompletableFuture<JsonNode> result = new CompletableFuture<>();
    FutureTask<Void> task =
        new FutureTask<>(
            () -> {
              try {
                result.complete(h.handle(request));
              } catch (Throwable t) { // a StackOverflowError or OOM in a handler fails its task
                result.completeExceptionally(t);
              }
              return null;
            });
    executor.execute(task);
    return new Call(result, task);
  }
}
