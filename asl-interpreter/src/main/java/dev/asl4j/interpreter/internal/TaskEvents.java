package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The history events of a Task attempt, by resource kind: {@code LambdaFunction*} for legacy
 * Lambda ARNs, {@code Activity*} for activities, {@code Task*} for integrations.
 */
final class TaskEvents {
  private TaskEvents() {}

  private static Ev event(Fiber f, TaskResource r, EventType lambda, EventType activity,
      EventType service) {
    EventType t;
    switch (r.kind) {
      case LAMBDA:
        t = lambda;
        break;
      case ACTIVITY:
        t = activity;
        break;
      default:
        t = service;
        break;
    }
    Ev e = f.event(t);
    if (r.kind == TaskResource.Kind.SERVICE) {
      e.resourceType = r.resourceType;
      e.resource = r.resource;
    } else {
      e.resource = r.arn;
    }
    return e;
  }

  static void scheduled(Fiber f, TaskResource r, JsonNode params, long timeout, long heartbeat) {
    Ev e = event(f, r, EventType.LAMBDA_FUNCTION_SCHEDULED, EventType.ACTIVITY_SCHEDULED,
        EventType.TASK_SCHEDULED);
    e.data = params;
    e.a = timeout;
    e.b = r.kind == TaskResource.Kind.LAMBDA ? -1 : heartbeat;
    e.extra = f.run.engine.region();
    f.record(e);
  }

  static void started(Fiber f, TaskResource r, String workerName) {
    Ev e = event(f, r, EventType.LAMBDA_FUNCTION_STARTED, EventType.ACTIVITY_STARTED,
        EventType.TASK_STARTED);
    e.extra = workerName;
    f.record(e);
  }

  static void submitted(Fiber f, TaskResource r, JsonNode output) {
    if (r.kind != TaskResource.Kind.SERVICE) {
      return;
    }
    Ev e = event(f, r, null, null, EventType.TASK_SUBMITTED);
    e.data = output;
    f.record(e);
  }

  static void succeeded(Fiber f, TaskResource r, JsonNode output) {
    Ev e = event(f, r, EventType.LAMBDA_FUNCTION_SUCCEEDED, EventType.ACTIVITY_SUCCEEDED,
        EventType.TASK_SUCCEEDED);
    e.data = output;
    f.record(e);
  }

  static void failed(Fiber f, TaskResource r, String error, String cause) {
    Ev e = event(f, r, EventType.LAMBDA_FUNCTION_FAILED, EventType.ACTIVITY_FAILED,
        EventType.TASK_FAILED);
    e.error = error;
    e.cause = cause;
    f.record(e);
  }

  static void timedOut(Fiber f, TaskResource r) {
    Ev e = event(f, r, EventType.LAMBDA_FUNCTION_TIMED_OUT, EventType.ACTIVITY_TIMED_OUT,
        EventType.TASK_TIMED_OUT);
    e.error = ErrorMatcher.TIMEOUT;
    f.record(e);
  }
}
