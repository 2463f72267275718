package dev.asl4j.parser.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A set of states with a start: a Parallel branch or a Map's item processor.
 *
 * @param pointer e.g. {@code /States/P/Branches/0}
 * @param comment {@code Comment}
 * @param startAt {@code StartAt}
 * @param states the states in definition order
 */
public record Branch(
    String pointer, Optional<String> comment, String startAt, Map<String, State> states) {
  public Branch {
    states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
  }
}
