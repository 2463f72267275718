package dev.asl4j.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.ActivityTask;
import dev.asl4j.interpreter.TaskTokenException;
import dev.asl4j.server.spi.ServerStore.Kind;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SendTaskSuccess/Failure/Heartbeat, Create/Delete/Describe/ListActivities and GetActivityTask:
 * a long poll parked as a future (no thread) until a task is scheduled or the poll time (60 s, as
 * AWS) runs out, at most 1,000 polls per activity.
 */
final class TaskOps {
  static final int MAX_POLLERS = 1000;

  private final Core core;
  private final Duration pollTimeout;
  private final Map<String, AtomicInteger> pollers = new ConcurrentHashMap<>();

  TaskOps(Core core, Duration pollTimeout) {
    this.core = core;
    this.pollTimeout = pollTimeout;
  }

  void register(Map<String, Op> ops) {
    ops.put("SendTaskSuccess", Op.sync(this::success));
    ops.put("SendTaskFailure", Op.sync(this::failure));
    ops.put("SendTaskHeartbeat", Op.sync(this::heartbeat));
    ops.put("CreateActivity", Op.sync(this::createActivity));
    ops.put("DeleteActivity", Op.sync(this::deleteActivity));
    ops.put("DescribeActivity", Op.sync(this::describeActivity));
    ops.put("ListActivities", Op.sync(this::listActivities));
    ops.put("GetActivityTask", this::getActivityTask);
  }

  private ObjectNode success(Req r) {
    String token = r.str("taskToken", 2048);
    String text = r.str("output", 262_144);
    JsonNode output;
    try {
      output = Core.JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ApiError("InvalidOutput", "Invalid Output: '" + e.getOriginalMessage() + "'");
    }
    return token(() -> core.engine.sendTaskSuccess(token, output));
  }

  private ObjectNode failure(Req r) {
    String token = r.str("taskToken", 2048);
    String error = r.optStr("error", 256);
    String cause = r.optStr("cause", 32_768);
    return token(() -> core.engine.sendTaskFailure(token, error, cause));
  }

  private ObjectNode heartbeat(Req r) {
    String token = r.str("taskToken", 2048);
    return token(() -> core.engine.sendTaskHeartbeat(token));
  }

  private static ObjectNode token(Runnable call) {
    try {
      call.run();
    } catch (TaskTokenException e) {
      String code = e.errorCode();
      String message = switch (code) {
        case TaskTokenException.INVALID_TOKEN -> "Invalid Token: 'Invalid token'";
        case TaskTokenException.TASK_TIMED_OUT -> "Task Timed Out: 'Provided task does not exist anymore'";
        default -> "Task Does Not Exist: 'Provided task does not exist'";
      };
      throw new ApiError(code, message);
    }
    return Core.object();
  }

  private ObjectNode createActivity(Req r) {
    String name = Names.check(r.str("name", 80));
    String arn = Arn.activity(core.region, core.account, name);
    ObjectNode a = core.store.get(Kind.ACTIVITY, arn).orElse(null);
    if (a == null) {
      a = Core.object();
      a.put("activityArn", arn);
      a.put("name", name);
      Core.putDate(a, "creationDate", core.now());
      core.store.put(Kind.ACTIVITY, arn, null, a);
      TagOps.putTags(core, arn, r.optArray("tags"));
    }
    core.engine.activities().createActivityArn(arn);
    ObjectNode out = Core.object();
    out.put("activityArn", arn);
    out.set("creationDate", a.get("creationDate"));
    return out;
  }

  private ObjectNode activity(String text) {
    Arn.parse(text, Arn.ACTIVITY);
    ObjectNode a = core.store.get(Kind.ACTIVITY, text)
        .orElseThrow(() -> ApiError.activityDoesNotExist(text));
    core.engine.activities().createActivityArn(text); // after a restart with a durable store
    return a;
  }

  private ObjectNode deleteActivity(Req r) {
    String arn = r.str("activityArn", 256);
    Arn.parse(arn, Arn.ACTIVITY);
    core.store.delete(Kind.ACTIVITY, arn);
    core.store.delete(Kind.TAGS, arn);
    return Core.object();
  }

  private ObjectNode describeActivity(Req r) {
    return activity(r.str("activityArn", 256)).deepCopy();
  }

  private ObjectNode listActivities(Req r) {
    return Pages.page(r, "ListActivities", core.store.list(Kind.ACTIVITY, null), "activities",
        ObjectNode::deepCopy, Core.object());
  }

  private CompletionStage<ObjectNode> getActivityTask(Req r) {
    String arn = r.str("activityArn", 256);
    String worker = r.optStr("workerName", 80);
    activity(arn);
    AtomicInteger count = pollers.computeIfAbsent(arn, k -> new AtomicInteger());
    if (count.incrementAndGet() > MAX_POLLERS) {
      count.decrementAndGet();
      throw new ApiError("ActivityWorkerLimitExceeded", "The maximum number of workers "
          + "concurrently polling for activity tasks (" + MAX_POLLERS + ") has been reached.");
    }
    CompletableFuture<Optional<ActivityTask>> poll =
        core.engine.activities().awaitActivityTask(arn, worker);
    var timeout = core.timers.schedule(() -> poll.complete(Optional.empty()),
        pollTimeout.toMillis(), TimeUnit.MILLISECONDS);
    return poll.thenApply(task -> {
      timeout.cancel(false);
      count.decrementAndGet();
      ObjectNode out = Core.object();
      task.ifPresent(t -> {
        out.put("taskToken", t.taskToken());
        out.put("input", Core.text(t.input()));
      });
      return out; // {} after the poll time: AWS's empty answer
    });
  }
}
