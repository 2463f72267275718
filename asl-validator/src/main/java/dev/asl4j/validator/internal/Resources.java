package dev.asl4j.validator.internal;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reading {@code Resource} values. AWS accepts any URI for a Task (Lambda ARNs, activity ARNs,
 * service integrations, other services' ARNs), so only broken shapes are refused, plus the
 * optimized integrations whose action list is closed and known.
 */
final class Resources {
  private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
  private static final Pattern ACTIVITY =
      Pattern.compile("arn:[^:]+:states:[^:]*:[^:]*:activity:[^:]+");
  private static final Pattern ACTION = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  /**
   * Optimized integrations whose actions AWS lists exhaustively; an action outside the list is
   * refused ("The resource provided arn:aws:states:::dynamodb:query is not recognized").
   * Services not listed here are accepted with any action.
   */
  private static final Map<String, Set<String>> CLOSED_SERVICES =
      Map.of("dynamodb", Set.of("getItem", "putItem", "updateItem", "deleteItem"));

  private static final Set<String> SUFFIXES = Set.of("sync", "sync:2", "waitForTaskToken");

  /** What is wrong with a resource. */
  enum Verdict {
    OK,
    MALFORMED,
    UNSUPPORTED
  }

  private Resources() {}

  private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{[^}]*\\}");

  /** Whether {@code r} holds a template substitution ({@code ${...}}) filled in at deploy time. */
  static boolean substituted(String r) {
    return r.contains("${");
  }

  static boolean isActivity(String r) {
    return ACTIVITY.matcher(r).matches();
  }

  static Verdict judge(String r) {
    if (substituted(r)) {
      // Filled in at deploy time (CloudFormation, SAM, Terraform): the result cannot be judged,
      // but a substitution that is never closed will not be filled in.
      return SUBSTITUTION.matcher(r).replaceAll("").contains("${") ? Verdict.MALFORMED : Verdict.OK;
    }
    if (!URI.matcher(r).matches()) {
      return Verdict.MALFORMED;
    }
    if (!r.startsWith("arn:")) {
      return Verdict.OK;
    }
    String[] parts = r.split(":", 6);
    if (parts.length < 6 || parts[1].isEmpty() || parts[2].isEmpty() || parts[5].isEmpty()) {
      return Verdict.MALFORMED;
    }
    return parts[2].equals("states") ? integration(parts[5]) : Verdict.OK;
  }

  /** The part after {@code arn:aws:states:region:account:}. */
  private static Verdict integration(String rest) {
    if (rest.startsWith("activity:") || rest.startsWith("stateMachine:")) {
      return Verdict.OK;
    }
    String[] parts = rest.split(":", 2);
    if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      return Verdict.MALFORMED;
    }
    String service = parts[0];
    String action = parts[1];
    if (service.equals("aws-sdk")) {
      String[] sdk = action.split(":", 2);
      if (sdk.length < 2 || sdk[0].isEmpty() || sdk[1].isEmpty()) {
        return Verdict.MALFORMED;
      }
      service = "aws-sdk:" + sdk[0];
      action = sdk[1];
    }
    String suffix = null;
    int dot = action.indexOf('.');
    if (dot >= 0) {
      suffix = action.substring(dot + 1);
      action = action.substring(0, dot);
    }
    if (!ACTION.matcher(action).matches()) {
      return Verdict.MALFORMED;
    }
    if (suffix != null && !SUFFIXES.contains(suffix)) {
      return Verdict.UNSUPPORTED;
    }
    if (service.startsWith("aws-sdk:") && suffix != null && suffix.startsWith("sync")) {
      return Verdict.UNSUPPORTED; // SDK integrations have no .sync pattern
    }
    Set<String> closed = CLOSED_SERVICES.get(service);
    return closed != null && !closed.contains(action) ? Verdict.UNSUPPORTED : Verdict.OK;
  }
}
