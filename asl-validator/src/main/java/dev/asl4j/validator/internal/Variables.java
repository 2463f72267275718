package dev.asl4j.validator.internal;

/** The naming rules of workflow variables (AWS: Unicode identifiers, at most 80 characters). */
final class Variables {
  static final int MAX_LENGTH = 80;

  private Variables() {}

  /**
   * First character: a Unicode identifier start, or '_' which JSONata accepts in {@code $name}
   * and which public definitions use.
   */
  static boolean isStart(int cp) {
    return Character.isUnicodeIdentifierStart(cp) || cp == '_';
  }

  static boolean isPart(int cp) {
    return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
  }

  /** Why {@code name} cannot be a variable name, or null when it can. */
  static String problem(String name) {
    if (name.isEmpty()) {
      return "a variable name cannot be empty";
    }
    if (name.equals("states")) {
      return "'states' is reserved for $states";
    }
    if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
      return "a variable name can have at most " + MAX_LENGTH + " characters";
    }
    if (name.indexOf('.') >= 0 || name.indexOf('[') >= 0) {
      return "only whole variables can be assigned, not a field or element of one";
    }
    int first = name.codePointAt(0);
    if (!isStart(first)) {
      return "a variable name must start with a letter or '_'";
    }
    for (int i = Character.charCount(first); i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (!isPart(cp)) {
        return "a variable name can hold only letters, digits and '_'";
      }
      i += Character.charCount(cp);
    }
    return null;
  }
}
