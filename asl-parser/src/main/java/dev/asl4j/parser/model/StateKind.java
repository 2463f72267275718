package dev.asl4j.parser.model;

/** The eight state types; {@code switch (state.kind())} is checked for exhaustiveness. */
public enum StateKind {
  PASS("Pass"),
  TASK("Task"),
  CHOICE("Choice"),
  WAIT("Wait"),
  SUCCEED("Succeed"),
  FAIL("Fail"),
  PARALLEL("Parallel"),
  MAP("Map");

  private final String typeName;

  StateKind(String typeName) {
    this.typeName = typeName;
  }

  /** The {@code Type} value in a definition. */
  public String typeName() {
    return typeName;
  }

  /** The kind whose {@code Type} is {@code typeName}, or null. */
  public static StateKind fromTypeName(String typeName) {
    for (StateKind k : values()) {
      if (k.typeName.equals(typeName)) {
        return k;
      }
    }
    return null;
  }
}
