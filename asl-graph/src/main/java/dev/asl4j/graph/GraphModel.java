package dev.asl4j.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * The format-neutral picture of a state machine that every renderer draws: one {@link Scope} per
 * set of states (the machine, each Parallel branch, each Map processor), nodes for states and for
 * the start/end markers, edges for every transition. Built and decorated once by {@link
 * GraphBuilder}, then only read; it never leaves this package.
 */
final class GraphModel {
  /** What a node stands for; decides its shape. */
  enum NodeKind {
    START,
    END,
    TASK,
    PASS,
    WAIT,
    CHOICE,
    SUCCEED,
    FAIL,
    PARALLEL,
    MAP,
    /** A transition target that names no state of its scope (invalid definitions only). */
    MISSING
  }

  /** What an edge stands for; decides its line style and label. */
  enum EdgeKind {
    /** From the start marker to {@code StartAt}. */
    START,
    NEXT,
    CHOICE,
    DEFAULT,
    CATCH,
    /** A self-loop summarising the state's {@code Retry} list. */
    RETRY,
    /** From a Parallel/Map state to the {@code StartAt} of one of its branches. */
    BRANCH,
    /** From an {@code End: true} state (or Succeed) to its scope's end marker. */
    END
  }

  /** How an overlay marks a node. */
  enum Mark {
    NONE,
    VISITED,
    FAILED,
    UNVISITED
  }

  /** A set of states with its own start and end markers. */
  static final class Scope {
    final String id;
    final String label;
    final List<Node> nodes = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();

    Scope(String id, String label) {
      this.id = id;
      this.label = label;
    }
  }

  /** One state or marker. {@code children} are the branches of a Parallel/Map. */
  static final class Node {
    final String id;
    final String name;
    final NodeKind kind;
    final List<Scope> children = new ArrayList<>();
    Mark mark = Mark.NONE;
    /** The problems found in this state (invalid definitions drawn with their diagnostics). */
    final List<String> problems = new ArrayList<>();

    Node(String id, String name, NodeKind kind) {
      this.id = id;
      this.name = name;
      this.kind = kind;
    }

    /** Whether this node is a state of the definition (not a marker or a missing target). */
    boolean isState() {
      return kind != NodeKind.START && kind != NodeKind.END && kind != NodeKind.MISSING;
    }

    /** The text drawn in the node. */
    String label() {
      return switch (kind) {
        case START -> "Start";
        case END -> "End";
        case MISSING -> name + " (missing)";
        default -> name;
      };
    }
  }

  /** One transition; {@code label} may be empty. */
  static final class Edge {
    final Node from;
    final Node to;
    final EdgeKind kind;
    final String label;
    boolean taken;

    Edge(Node from, Node to, EdgeKind kind, String label) {
      this.from = from;
      this.to = to;
      this.kind = kind;
      this.label = label;
    }

    /** Drawn dashed: error paths and annotations. */
    boolean dashed() {
      return kind == EdgeKind.CATCH || kind == EdgeKind.RETRY || kind == EdgeKind.BRANCH;
    }
  }

  final Scope root;
  final GraphOverlay overlay;
  /** Every diagnostic of the overlay as one line of text, listed above the SVG picture. */
  final List<String> problems = new ArrayList<>();

  GraphModel(Scope root, GraphOverlay overlay) {
    this.root = root;
    this.overlay = overlay;
  }
}
