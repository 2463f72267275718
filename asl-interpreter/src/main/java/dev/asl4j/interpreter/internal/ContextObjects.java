package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.internal.expr.Timestamps;

/**
 * Builds the Context object ({@code $$}, {@code $states.context}) of an execution, lazily: only
 * states whose expressions read it pay for it, and the Execution and StateMachine parts are built
 * once per execution and shared (values are never mutated).
 */
final class ContextObjects {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final RunIdentity id;
  private final JsonNode input;
  private ObjectNode execution;
  private ObjectNode stateMachine;

  ContextObjects(RunIdentity id, JsonNode input) {
    this.id = id;
    this.input = input;
  }

  ObjectNode forState(Fiber f) {
    ObjectNode c = F.objectNode();
    c.set("Execution", execution());
    ObjectNode st = c.putObject("State");
    st.put("EnteredTime", Timestamps.format(f.enteredTime));
    st.put("Name", f.node.name);
    st.put("RetryCount", f.retryCount);
    c.set("StateMachine", stateMachine());
    if (f.taskToken != null) {
      c.putObject("Task").put("Token", f.taskToken);
    }
    return c;
  }

  /** Forgets the cached parts (the execution is parked); they are rebuilt, equal, when next read. */
  void release() {
    execution = null;
    stateMachine = null;
  }

  private ObjectNode execution() {
    if (execution == null) {
      ObjectNode e = F.objectNode();
      e.put("Id", id.executionArn());
      e.set("Input", input);
      e.put("StartTime", Timestamps.format(id.startTime()));
      e.put("Name", id.name());
      e.put("RoleArn", id.roleArn());
      // AWS shows RedriveCount only once an execution has been redriven (recorded contexts lack it).
      execution = e;
    }
    return execution;
  }

  private ObjectNode stateMachine() {
    if (stateMachine == null) {
      ObjectNode s = F.objectNode();
      s.put("Id", id.stateMachineArn());
      s.put("Name", id.stateMachineName());
      stateMachine = s;
    }
    return stateMachine;
  }
}
