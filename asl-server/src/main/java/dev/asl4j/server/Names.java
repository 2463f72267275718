package dev.asl4j.server;

/**
 * AWS's rules for state machine, execution, activity and alias names: 1 to 80 characters, no
 * white space, brackets, wildcards, control characters or any of {@code " # % \ ^ | ~ ` $ & , ; :
 * /}.
 */
final class Names {
  private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

  private Names() {}

  static boolean isValid(String name) {
    if (name == null || name.isEmpty() || name.length() > 80) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0
          || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF) {
        return false;
      }
    }
    return true;
  }

  /** Checks a name from a request; {@code InvalidName} as AWS when it breaks the rules. */
  static String check(String name) {
    if (!isValid(name)) {
      throw ApiError.invalidName(name);
    }
    return name;
  }
}
