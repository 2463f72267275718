package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.internal.expr.AslException;
import dev.asl4j.interpreter.internal.jsonata.ValueType;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.TaskState;
import dev.asl4j.interpreter.spi.TaskHandler;

/**
 * {@code Task}: builds the effective input, finds the handler for the resource and hands the call
 * to a {@link TaskInvocation}, which records the resource-specific events and completes the state
 * through {@link #finish}.
 */
final class TaskNode extends ResultNode {
  final TaskState state;
  final TaskResource resource;
  private final Template parameters;
  private final Template timeoutSeconds;
  private final Template heartbeatSeconds;
  private final Template credentials;

  TaskNode(TaskState s) {
    super(s, s.resultSelector(), s.resultPath(),
        EventType.TASK_STATE_ENTERED, EventType.TASK_STATE_EXITED);
    this.state = s;
    this.resource = TaskResource.parse(s.resource());
    this.parameters = (jsonata ? s.arguments() : s.parameters()).orElse(null);
    this.timeoutSeconds = s.timeoutSeconds().orElse(null);
    this.heartbeatSeconds = s.heartbeatSeconds().orElse(null);
    this.credentials = s.credentials().orElse(null);
  }

  @Override
  Outcome execute(Fiber f) {
    JsonNode raw = f.stateInput;
    JsonNode in = jsonata ? raw : DataFlow.select(inputPath, raw, f);
    long timeout = seconds(f, timeoutSeconds, in, "TimeoutSeconds");
    long heartbeat = seconds(f, heartbeatSeconds, in, "HeartbeatSeconds");
    String token = null;
    // AWS issues a token for .sync tasks too: the child execution may complete the parent with it.
    if (resource.hasToken()) {
      token = TokenRegistry.newToken(EngineCore.uuid(f.run.random().nextLong(), f.run.random().nextLong()));
      f.taskToken = token;
      f.invalidateContext();
    }
    JsonNode params =
        jsonata ? JsonataFlow.arguments(f, parameters, raw) : DataFlow.template(parameters, in, f);
    if (!f.run.withinPayloadLimit(params)) {
      // AWS's quota covers "input data when scheduling a task", after Parameters/Arguments.
      return f.fail(ErrorMatcher.DATA_LIMIT, Causes.dataLimit(name));
    }
    JsonNode creds =
        credentials == null
            ? null
            : jsonata ? JsonataFlow.evaluate(f, credentials, raw) : DataFlow.template(credentials, in, f);
    TaskHandler handler = f.run.engine.resolve(resource.arn);
    if (handler == null && resource.isLambdaInvoke()) {
      handler = LambdaInvokeAdapter.find(f.run.engine, params);
    }
    if (handler == null && resource.isStartExecution()) {
      handler = new ChildExecutionHandler(f.run.engine, resource, f.run);
    }
    if (handler == null) {
      if (resource.kind == TaskResource.Kind.ACTIVITY) {
        if (!f.run.engine.activities().exists(resource.arn)) {
          return f.runtimeError("The activity " + resource.arn + " does not exist.");
        }
      } else {
        return f.runtimeError(
            "No TaskHandler or TaskResolver handles the resource '" + resource.arn + "'.");
      }
    }
    return new TaskInvocation(this, f, params, creds, token, timeout, heartbeat, handler).start();
  }

  /**
   * TimeoutSeconds / HeartbeatSeconds (literal, *Path or JSONata); -1 when not set. A negative
   * value read at run time fails the state: States.QueryEvaluationError for a JSONata expression,
   * States.Runtime for a *Path (a literal one is rejected by the validator).
   */
  private long seconds(Fiber f, Template t, JsonNode in, String field) {
    if (t == null) {
      return -1;
    }
    JsonNode v;
    if (jsonata) {
      v = JsonataFlow.evaluateAs(f, t, in, ValueType.INTEGER);
    } else if (t instanceof Template.PathValue) {
      v = Exprs.read(((Template.PathValue) t).path(), in, f); // AWS's "Invalid path" cause
    } else {
      v = DataFlow.template(t, in, f);
    }
    Long whole = Seconds.whole(v);
    if (whole == null) { // 1e300, 1.5, "x"
      throw new AslException(jsonata ? Recovery.QUERY_ERROR : ErrorMatcher.RUNTIME,
          field + " must be an integer number of seconds, but was " + v + ".", true);
    }
    long s = whole;
    if (s < 0) {
      throw new AslException(jsonata ? Recovery.QUERY_ERROR : ErrorMatcher.RUNTIME,
          field + " cannot be negative.", true);
    }
    return s;
  }

  @Override
  EventType abort(Fiber f) {
    if (f.pending instanceof TaskInvocation) {
      ((TaskInvocation) f.pending).cancel();
    }
    return EventType.TASK_STATE_ABORTED;
  }
}
