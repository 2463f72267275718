package dev.asl4j.interpreter.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * AWS's history event types with the name of each one's details field ({@code
 * taskScheduledEventDetails}...). State entered/exited events share {@code stateEnteredEventDetails}
 * / {@code stateExitedEventDetails}; types AWS records without details have none.
 */
public enum EventType {
  ACTIVITY_FAILED("ActivityFailed"),
  ACTIVITY_SCHEDULED("ActivityScheduled"),
  ACTIVITY_SCHEDULE_FAILED("ActivityScheduleFailed"),
  ACTIVITY_STARTED("ActivityStarted"),
  ACTIVITY_SUCCEEDED("ActivitySucceeded"),
  ACTIVITY_TIMED_OUT("ActivityTimedOut"),
  CHOICE_STATE_ENTERED("ChoiceStateEntered"),
  CHOICE_STATE_EXITED("ChoiceStateExited"),
  EXECUTION_ABORTED("ExecutionAborted"),
  EXECUTION_FAILED("ExecutionFailed"),
  EXECUTION_STARTED("ExecutionStarted"),
  EXECUTION_SUCCEEDED("ExecutionSucceeded"),
  EXECUTION_TIMED_OUT("ExecutionTimedOut"),
  FAIL_STATE_ENTERED("FailStateEntered"),
  LAMBDA_FUNCTION_FAILED("LambdaFunctionFailed"),
  LAMBDA_FUNCTION_SCHEDULED("LambdaFunctionScheduled"),
  LAMBDA_FUNCTION_SCHEDULE_FAILED("LambdaFunctionScheduleFailed"),
  LAMBDA_FUNCTION_STARTED("LambdaFunctionStarted", false),
  LAMBDA_FUNCTION_START_FAILED("LambdaFunctionStartFailed"),
  LAMBDA_FUNCTION_SUCCEEDED("LambdaFunctionSucceeded"),
  LAMBDA_FUNCTION_TIMED_OUT("LambdaFunctionTimedOut"),
  MAP_ITERATION_ABORTED("MapIterationAborted"),
  MAP_ITERATION_FAILED("MapIterationFailed"),
  MAP_ITERATION_STARTED("MapIterationStarted"),
  MAP_ITERATION_SUCCEEDED("MapIterationSucceeded"),
  MAP_STATE_ABORTED("MapStateAborted", false),
  MAP_STATE_ENTERED("MapStateEntered"),
  MAP_STATE_EXITED("MapStateExited"),
  MAP_STATE_FAILED("MapStateFailed", false),
  MAP_STATE_STARTED("MapStateStarted"),
  MAP_STATE_SUCCEEDED("MapStateSucceeded", false),
  MAP_RUN_ABORTED("MapRunAborted"),
  MAP_RUN_FAILED("MapRunFailed"),
  MAP_RUN_STARTED("MapRunStarted"),
  MAP_RUN_SUCCEEDED("MapRunSucceeded", false),
  PARALLEL_STATE_ABORTED("ParallelStateAborted", false),
  PARALLEL_STATE_ENTERED("ParallelStateEntered"),
  PARALLEL_STATE_EXITED("ParallelStateExited"),
  PARALLEL_STATE_FAILED("ParallelStateFailed", false),
  PARALLEL_STATE_STARTED("ParallelStateStarted", false),
  PARALLEL_STATE_SUCCEEDED("ParallelStateSucceeded", false),
  PASS_STATE_ENTERED("PassStateEntered"),
  PASS_STATE_EXITED("PassStateExited"),
  SUCCEED_STATE_ENTERED("SucceedStateEntered"),
  SUCCEED_STATE_EXITED("SucceedStateExited"),
  TASK_FAILED("TaskFailed"),
  TASK_SCHEDULED("TaskScheduled"),
  TASK_STARTED("TaskStarted"),
  TASK_START_FAILED("TaskStartFailed"),
  TASK_STATE_ABORTED("TaskStateAborted", false),
  TASK_STATE_ENTERED("TaskStateEntered"),
  TASK_STATE_EXITED("TaskStateExited"),
  TASK_SUBMIT_FAILED("TaskSubmitFailed"),
  TASK_SUBMITTED("TaskSubmitted"),
  TASK_SUCCEEDED("TaskSucceeded"),
  TASK_TIMED_OUT("TaskTimedOut"),
  WAIT_STATE_ABORTED("WaitStateAborted", false),
  WAIT_STATE_ENTERED("WaitStateEntered"),
  WAIT_STATE_EXITED("WaitStateExited"),
  EVALUATION_FAILED("EvaluationFailed");

  private static final Map<String, EventType> BY_NAME = new HashMap<>();

  static {
    for (EventType t : values()) {
      BY_NAME.put(t.awsName, t);
    }
  }

  private final String awsName;
  private final String detailsKey;

  EventType(String awsName) {
    this(awsName, true);
  }

  EventType(String awsName, boolean hasDetails) {
    this.awsName = awsName;
    if (!hasDetails) {
      this.detailsKey = null;
    } else if (awsName.endsWith("StateEntered")) {
      this.detailsKey = "stateEnteredEventDetails";
    } else if (awsName.endsWith("StateExited")) {
      this.detailsKey = "stateExitedEventDetails";
    } else {
      this.detailsKey =
          Character.toLowerCase(awsName.charAt(0)) + awsName.substring(1) + "EventDetails";
    }
  }

  /** The type as AWS spells it. */
  public String awsName() {
    return awsName;
  }

  /** The details field name, or null for types recorded without details. */
  public String detailsKey() {
    return detailsKey;
  }

  /** The details field name of the type spelled {@code awsName}, or null. */
  public static String detailsKeyOf(String awsName) {
    EventType t = BY_NAME.get(awsName);
    return t == null ? null : t.detailsKey;
  }
}
