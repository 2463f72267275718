package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;

/** What expressions can see besides their input: the Context object and variables. */
public interface Scope {
  /** The Context object ({@code $$}); built lazily by the engine. */
  JsonNode contextObject();

  /** The value of variable {@code name}, or null when it is not defined in this scope. */
  JsonNode variable(String name);

  /** Every variable visible in this scope (inner scopes shadow nothing: names are unique). */
  java.util.Map<String, JsonNode> allVariables();
}
