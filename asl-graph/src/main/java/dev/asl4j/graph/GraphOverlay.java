package dev.asl4j.graph;

import dev.asl4j.parser.Diagnostic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to highlight on top of the plain picture: nothing, one execution's path, or coverage.
 * Immutable.
 *
 * <pre>
 * // the states an execution entered, in order, and the one it failed in
 * GraphOverlay path = GraphOverlay.execution(List.of("Validate", "Charge", "Refund"), "Refund");
 * // the states a test suite never reached are drawn grey and dashed
 * GraphOverlay cov = GraphOverlay.coverage(Set.of("Validate", "Charge"));
 * // an invalid definition: the states its diagnostics point into are drawn red
 * GraphOverlay bad = GraphOverlay.none().withDiagnostics(result.diagnostics());
 * </pre>
 */
public final class GraphOverlay {
  /** Which picture the overlay asks for. */
  enum Kind {
    NONE,
    EXECUTION,
    COVERAGE
  }

  private static final GraphOverlay NONE =
      new GraphOverlay(Kind.NONE, List.of(), null, Set.of(), List.of());

  private final Kind kind;
  private final List<String> path;
  private final String failedState;
  private final Set<String> visited;
  private final List<Diagnostic> diagnostics;

  private GraphOverlay(Kind kind, List<String> path, String failedState, Set<String> visited,
      List<Diagnostic> diagnostics) {
    this.kind = kind;
    this.path = path;
    this.failedState = failedState;
    this.visited = visited;
    this.diagnostics = diagnostics;
  }

  /**
   * This overlay plus {@code diagnostics} (e.g. a validation result's): each state an error
   * points into (the deepest state whose pointer starts its pointer) is drawn as an error, with
   * the messages in its tooltip; the SVG also lists every diagnostic, warnings included, above
   * the picture. Mermaid
   * and DOT mark the states with an {@code error} class.
   */
  public GraphOverlay withDiagnostics(List<Diagnostic> diagnostics) {
    List<Diagnostic> copy = new ArrayList<>(diagnostics.size());
    for (Diagnostic d : diagnostics) {
      copy.add(Objects.requireNonNull(d, "diagnostics contains null"));
    }
    return new GraphOverlay(kind, path, failedState, visited, Collections.unmodifiableList(copy));
  }

  /** The diagnostics to mark (none unless {@link #withDiagnostics} added some). */
  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** No highlighting. */
  public static GraphOverlay none() {
    return NONE;
  }

  /**
   * Marks the states an execution entered, in order (edges between consecutive entries drawn as
   * taken), and the state it failed in (may be null).
   *
   * <p>An entry is linked to the most recent earlier entry that has an edge to it, so the path
   * through a Parallel or Map (whose branch entries interleave) is still drawn edge by edge.
   *
   * @param statesInOrder state names as entered; a name may repeat (loops, Map iterations)
   * @param failedState the state the execution failed in, or null
   */
  public static GraphOverlay execution(List<String> statesInOrder, String failedState) {
    List<String> copy = new ArrayList<>(statesInOrder.size());
    for (String s : statesInOrder) {
      copy.add(Objects.requireNonNull(s, "statesInOrder contains null"));
    }
    Set<String> seen = new LinkedHashSet<>(copy);
    if (failedState != null) {
      seen.add(failedState);
    }
    return new GraphOverlay(
        Kind.EXECUTION,
        Collections.unmodifiableList(copy),
        failedState,
        Collections.unmodifiableSet(seen),
        List.of());
  }

  /** Coverage picture: states NOT in {@code visitedStates} are drawn as unvisited (grey, dashed). */
  public static GraphOverlay coverage(Set<String> visitedStates) {
    Set<String> copy = new LinkedHashSet<>();
    for (String s : visitedStates) {
      copy.add(Objects.requireNonNull(s, "visitedStates contains null"));
    }
    return new GraphOverlay(
        Kind.COVERAGE, List.of(), null, Collections.unmodifiableSet(copy), List.of());
  }

  Kind kind() {
    return kind;
  }

  /** The entered states in order (execution overlays only). */
  List<String> path() {
    return path;
  }

  /** The failed state, or null. */
  String failedState() {
    return failedState;
  }

  /** Every state the overlay counts as visited. */
  Set<String> visited() {
    return visited;
  }

  @Override
  public String toString() {
    String base = switch (kind) {
      case NONE -> "GraphOverlay.none()";
      case EXECUTION -> "GraphOverlay.execution(" + path + ", " + failedState + ")";
      case COVERAGE -> "GraphOverlay.coverage(" + visited + ")";
    };
    return diagnostics.isEmpty() ? base : base + ".withDiagnostics(" + diagnostics.size() + ")";
  }
}
