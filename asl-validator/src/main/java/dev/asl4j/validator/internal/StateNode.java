package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.model.QueryLanguage;
import dev.asl4j.parser.model.StateKind;

/**
 * One state as written, with what the rules need to know about its place.
 *
 * @param name the state's name (its key in {@code States})
 * @param pointer JSON Pointer of the state object
 * @param node the state object
 * @param scope the scope whose {@code States} holds it
 * @param kind its type, or null when {@code Type} is missing or unknown (the parser reports that)
 * @param language its effective query language
 */
record StateNode(
    String name, String pointer, JsonNode node, Scope scope, StateKind kind, QueryLanguage language) {

  /** The field, or null when absent. */
  JsonNode field(String name) {
    return node.get(name);
  }

  boolean has(String name) {
    return node.has(name);
  }

  /** The field's text when it is a string, else null. */
  String text(String name) {
    JsonNode v = node.get(name);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  String pointer(String field) {
    return Pointers.child(pointer, field);
  }

  boolean jsonata() {
    return language == QueryLanguage.JSONATA;
  }

  /** Whether this type runs a task or sub-workflow and so has a result, Retry and Catch. */
  boolean hasResult() {
    return kind == StateKind.TASK || kind == StateKind.PARALLEL || kind == StateKind.MAP;
  }
}
