package dev.asl4j.server;

/**
 * A parsed Step Functions ARN, {@code arn:PARTITION:states:REGION:ACCOUNT:TYPE:NAME[:Q1[:Q2]]}:
 * state machines (qualified by a version number or an alias name), executions, express
 * executions, activities and map runs. Parsing answers AWS's {@code InvalidArn} wording.
 *
 * @param text the ARN as given
 * @param type the resource type ({@code stateMachine}, {@code execution}, {@code express},
 *     {@code activity}, {@code mapRun})
 * @param name the state machine or activity name
 * @param q1 the first qualifier: version or alias of a state machine, execution name, or null
 * @param q2 the second qualifier (an express execution's id), or null
 */
record Arn(String text, String type, String name, String q1, String q2) {
  static final String STATE_MACHINE = "stateMachine";
  static final String EXECUTION = "execution";
  static final String EXPRESS = "express";
  static final String ACTIVITY = "activity";
  static final String MAP_RUN = "mapRun";

  /** Parses {@code text}, which must be of one of {@code allowed} types. */
  static Arn parse(String text, String... allowed) {
    String[] p = text.split(":", -1);
    if (p.length < 7 || !p[0].equals("arn")) {
      throw ApiError.invalidArn("Invalid ARN prefix: " + Req.abbreviate(text));
    }
    if (!p[1].startsWith("aws") || !p[2].equals("states") || !p[3].matches("[a-z0-9-]+")
        || !p[4].matches("\\d{12}")) {
      throw ApiError.invalidArn("Invalid ARN: " + Req.abbreviate(text));
    }
    String type = p[5];
    boolean ok = false;
    for (String a : allowed) {
      ok |= a.equals(type);
    }
    if (!ok) {
      throw ApiError.invalidArn("Resource type not valid in this context: " + Req.abbreviate(type));
    }
    int max = switch (type) {
      case STATE_MACHINE -> 8;
      case EXECUTION, MAP_RUN -> 8;
      case EXPRESS -> 9;
      default -> 7;
    };
    int min = type.equals(EXECUTION) ? 8 : type.equals(EXPRESS) ? 9 : 7;
    if (p.length < min || p.length > max) {
      throw ApiError.invalidArn("Invalid ARN: " + Req.abbreviate(text));
    }
    for (int i = 6; i < p.length; i++) {
      if (!type.equals(MAP_RUN) && !Names.isValid(p[i])) {
        throw ApiError.invalidArn("Invalid ARN: " + Req.abbreviate(text));
      }
    }
    return new Arn(text, type, p[6], p.length > 7 ? p[7] : null, p.length > 8 ? p[8] : null);
  }

  /** The ARN of the unqualified state machine this one names or belongs to. */
  String machineArn() {
    String prefix = text.substring(0, text.indexOf(":" + type + ":"));
    return prefix + ":stateMachine:" + name;
  }

  boolean isVersion() {
    return type.equals(STATE_MACHINE) && q1 != null && q1.matches("\\d+");
  }

  boolean isAlias() {
    return type.equals(STATE_MACHINE) && q1 != null && !isVersion();
  }

  static String machine(String region, String account, String name) {
    return "arn:aws:states:" + region + ":" + account + ":stateMachine:" + name;
  }

  static String activity(String region, String account, String name) {
    return "arn:aws:states:" + region + ":" + account + ":activity:" + name;
  }

  /** {@code execution:Machine:name} for STANDARD, {@code express:Machine:name:id} for EXPRESS. */
  static String execution(String machineArn, String execName, String expressId) {
    String base = machineArn.replace(":stateMachine:", expressId == null ? ":execution:" : ":express:");
    return base + ":" + execName + (expressId == null ? "" : ":" + expressId);
  }

  /** Drops Step Functions Local's {@code #TestCaseName} suffix. */
  static String stripTestCase(String arn) {
    int hash = arn.indexOf('#');
    return hash < 0 ? arn : arn.substring(0, hash);
  }

  /** The {@code #TestCaseName} suffix, or null. */
  static String testCaseOf(String arn) {
    int hash = arn.indexOf('#');
    return hash < 0 || hash == arn.length() - 1 ? null : arn.substring(hash + 1);
  }
}
