package dev.asl4j.parser.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A whole parsed definition: immutable, compared with {@code equals}.
 *
 * @param comment {@code Comment}
 * @param startAt {@code StartAt}
 * @param states top-level states in definition order
 * @param timeoutSeconds machine-level {@code TimeoutSeconds}
 * @param queryLanguage machine-level {@code QueryLanguage} (JSONPath when absent)
 * @param version {@code Version}
 */
public record StateMachine(
    Optional<String> comment,
    String startAt,
    Map<String, State> states,
    Optional<Integer> timeoutSeconds,
    QueryLanguage queryLanguage,
    Optional<String> version) {
  public StateMachine {
    states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
  }

  /** The top-level states as a {@link Branch} rooted at {@code ""}. */
  public Branch root() {
    return new Branch("", comment, startAt, states);
  }
}
