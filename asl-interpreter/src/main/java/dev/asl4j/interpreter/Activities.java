package dev.asl4j.interpreter;

import java.util.Optional;

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
}
