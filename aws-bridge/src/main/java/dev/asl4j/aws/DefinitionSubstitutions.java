package dev.asl4j.aws;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${name}} placeholders in a definition's text, replaced as CloudFormation's (and SAM's)
 * {@code DefinitionSubstitutions} do: textually, before the text is parsed, each by its string
 * value; so {@code "Resource": "${ChargeFunctionArn}"} gets an ARN and an unquoted {@code
 * "MaxAttempts": ${Attempts}} a number. A placeholder without a value is an error (CloudFormation
 * would send it on and AWS would reject the definition); values nobody uses are reported so a
 * typo in a key does not go unnoticed.
 *
 * <pre>{@code
 * DefinitionSubstitutions.Result r = DefinitionSubstitutions.apply(text, Map.of("Env", "prod"));
 * if (!r.missing().isEmpty()) { ... }
 * }</pre>
 */
public final class DefinitionSubstitutions {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^${}\\s\"]+)}");

  private DefinitionSubstitutions() {}

  /**
   * What {@link #apply} made of a text.
   *
   * @param text the text with every known placeholder replaced
   * @param missing placeholders that have no value, each as {@code name (line N)}
   * @param unused keys of the substitutions that no placeholder names
   */
  public record Result(String text, List<String> missing, List<String> unused) {
    public Result {
      missing = List.copyOf(missing);
      unused = List.copyOf(unused);
    }
  }

  /** Replaces the placeholders of {@code text} with {@code values}. */
  public static Result apply(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    List<String> missing = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    while (m.find()) {
      String name = m.group(1);
      String v = values.get(name);
      if (v == null) {
        missing.add(name + " (line " + line(text, m.start()) + ")");
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
      } else {
        used.add(name);
        m.appendReplacement(out, Matcher.quoteReplacement(v));
      }
    }
    m.appendTail(out);
    List<String> unused = new ArrayList<>();
    for (String k : values.keySet()) {
      if (!used.contains(k)) {
        unused.add(k);
      }
    }
    return new Result(out.toString(), missing, unused);
  }

  private static int line(String text, int offset) {
    int n = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
