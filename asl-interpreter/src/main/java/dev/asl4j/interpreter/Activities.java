package dev.asl4j.interpreter;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Step Functions activities: Task states whose {@code Resource} is an activity ARN wait until a
 * worker polls for them. Create the activity first, as in AWS; a Task naming an activity that was
 * never created fails with AWS's {@code States.Runtime} "does not exist" error.
 *
 * <pre>{@code
 * String arn = engine.activities().createActivity("approve");
 * engine.activities().getActivityTask(arn, "worker-1").ifPresent(task ->
 *     engine.sendTaskSuccess(task.taskToken(), approve(task.input())));
 * }</pre>
 */
public interface Activities {
  /** Creates (or finds) the activity named {@code name} and returns its ARN. */
  String createActivity(String name);

  /** Registers an activity by its full ARN. */
  void createActivityArn(String activityArn);

  /** Whether the activity exists. */
  boolean exists(String activityArn);

  /**
   * Takes the oldest scheduled task of the activity, or empty when none is waiting (AWS answers an
   * empty token after its long poll). Taking a task records {@code ActivityStarted}.
   */
  Optional<ActivityTask> getActivityTask(String activityArn, String workerName);

  /**
   * A long poll that holds no thread: the future completes with the oldest scheduled task, at once
   * or as soon as one is scheduled. To give up (AWS answers an empty token after 60 seconds),
   * complete it yourself with {@code Optional.empty()}; a task scheduled afterwards goes to the
   * next poll. Taking a task records {@code ActivityStarted}.
   */
  CompletableFuture<Optional<ActivityTask>> awaitActivityTask(String activityArn, String workerName);
}
