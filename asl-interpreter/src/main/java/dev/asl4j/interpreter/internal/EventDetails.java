package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** Builds AWS's details object of a recorded {@link Ev}; only runs when history is read. */
final class EventDetails {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private EventDetails() {}

  static ObjectNode of(Ev e) {
    ObjectNode d = F.objectNode();
    switch (e.type) {
      case EXECUTION_STARTED:
        payload(d, "input", e.data);
        if (e.extra != null) {
          d.put("roleArn", e.extra);
        }
        break;
      case EXECUTION_SUCCEEDED:
      case LAMBDA_FUNCTION_SUCCEEDED:
      case ACTIVITY_SUCCEEDED:
        payload(d, "output", e.data);
        break;
      case TASK_SCHEDULED:
        d.put("resourceType", e.resourceType);
        d.put("resource", e.resource);
        d.put("region", e.extra);
        d.put("parameters", text(e.data));
        seconds(d, e);
        break;
      case TASK_STARTED:
        d.put("resourceType", e.resourceType);
        d.put("resource", e.resource);
        break;
      case TASK_SUBMITTED:
      case TASK_SUCCEEDED:
        d.put("resourceType", e.resourceType);
        d.put("resource", e.resource);
        payload(d, "output", e.data);
        break;
      case TASK_FAILED:
      case TASK_TIMED_OUT:
      case TASK_START_FAILED:
      case TASK_SUBMIT_FAILED:
        d.put("resourceType", e.resourceType);
        d.put("resource", e.resource);
        errorCause(d, e);
        break;
      case LAMBDA_FUNCTION_SCHEDULED:
        d.put("resource", e.resource);
        payload(d, "input", e.data);
        if (e.a >= 0) {
          d.put("timeoutInSeconds", e.a);
        }
        break;
      case ACTIVITY_SCHEDULED:
        d.put("resource", e.resource);
        payload(d, "input", e.data);
        seconds(d, e);
        break;
      case ACTIVITY_STARTED:
        if (e.extra != null) {
          d.put("workerName", e.extra);
        }
        break;
      case MAP_STATE_STARTED:
        d.put("length", e.a);
        break;
      case MAP_ITERATION_STARTED:
      case MAP_ITERATION_SUCCEEDED:
      case MAP_ITERATION_FAILED:
      case MAP_ITERATION_ABORTED:
        d.put("name", e.name);
        d.put("index", e.a);
        break;
      case MAP_RUN_STARTED:
        d.put("mapRunArn", e.extra);
        break;
      case EVALUATION_FAILED:
        errorCause(d, e);
        if (e.extra != null) {
          d.put("location", e.extra);
        }
        d.put("state", e.name);
        break;
      default:
        if (e.type.detailsKey() == null) {
          break;
        }
        if (e.type.awsName().endsWith("StateEntered")) {
          d.put("name", e.name);
          payload(d, "input", e.data);
        } else if (e.type.awsName().endsWith("StateExited")) {
          d.put("name", e.name);
          payload(d, "output", e.data);
          assigned(d, e.assigned);
        } else {
          // Failed / Aborted / TimedOut events of executions, lambdas, activities, map runs.
          errorCause(d, e);
        }
        break;
    }
    return d;
  }

  private static void seconds(ObjectNode d, Ev e) {
    if (e.a >= 0) {
      d.put("timeoutInSeconds", e.a);
    }
    if (e.b >= 0) {
      d.put("heartbeatInSeconds", e.b);
    }
  }

  private static void errorCause(ObjectNode d, Ev e) {
    if (e.error != null) {
      d.put("error", e.error);
    }
    if (e.cause != null) {
      d.put("cause", e.cause);
    }
  }

  private static void payload(ObjectNode d, String field, JsonNode value) {
    d.put(field, text(value));
    d.putObject(field + "Details").put("truncated", false);
  }

  private static void assigned(ObjectNode d, JsonNode vars) {
    if (vars == null) {
      return;
    }
    ObjectNode out = d.putObject("assignedVariables");
    for (Iterator<Map.Entry<String, JsonNode>> it = vars.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> v = it.next();
      out.put(v.getKey(), text(v.getValue()));
    }
    d.putObject("assignedVariablesDetails").put("truncated", false);
  }

  private static String text(JsonNode value) {
    if (value == null) {
      return "null";
    }
    try {
      return value.toString();
    } catch (RuntimeException | StackOverflowError e) {
      // Reading history must not fail on a value Jackson refuses to write (hostile nesting).
      return "\"<value not serializable: " + e.getClass().getSimpleName() + ">\"";
    }
  }
}
