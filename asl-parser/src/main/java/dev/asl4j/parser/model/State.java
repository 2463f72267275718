package dev.asl4j.parser.model;

/**
 * One state of a machine. Every state type is an immutable record holding its {@link Common}
 * fields and its own typed fields.
 */
public sealed interface State
    permits PassState,
        TaskState,
        ChoiceState,
        WaitState,
        SucceedState,
        FailState,
        ParallelState,
        MapState {

  /** The state type, for exhaustive switches. */
  StateKind kind();

  /** Fields shared by every state type. */
  Common common();

  /** The state's name. */
  default String name() {
    return common().name();
  }

  /** The state's JSON Pointer, e.g. {@code /States/Charge}. */
  default String pointer() {
    return common().pointer();
  }

  /** The state's effective query language. */
  default QueryLanguage queryLanguage() {
    return common().queryLanguage();
  }
}
