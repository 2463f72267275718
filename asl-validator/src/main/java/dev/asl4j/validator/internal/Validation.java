package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.ParseResult;
import dev.asl4j.parser.SourceMap;
import dev.asl4j.parser.model.StateMachineType;
import dev.asl4j.parser.spi.JsonataSyntaxChecker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs every rule over a parsed document and merges the findings with the parser's. Public only
 * so that {@code AslValidator} can reach it; not an API.
 */
public final class Validation {
  private Validation() {}

  /** The JSONata syntax check every validator's parser is given. */
  public static JsonataSyntaxChecker jsonataSyntax() {
    return JsonataSyntax.INSTANCE;
  }

  /** Orders findings by position; findings without a position go last. */
  static final Comparator<Diagnostic> BY_POSITION = Comparator
      .comparingInt((Diagnostic d) -> d.span().isKnown() ? d.span().line() : Integer.MAX_VALUE)
      .thenComparingInt(d -> d.span().isKnown() ? d.span().column() : Integer.MAX_VALUE)
      .thenComparing(Diagnostic::pointer)
      .thenComparing(d -> d.code().name());

  /** A fresh list of every rule, in the order their findings are reported at equal positions. */
  static List<Rule> rules() {
    return List.of(
        new TransitionRule(),
        new ReachabilityRule(),
        new NamingRule(),
        new ErrorNameRule(),
        new IntrinsicRule(),
        new TemplateKeysRule(),
        new QueryLanguageRule(),
        new JsonataReferenceRule(),
        new ResultPathRule(),
        new ExclusiveFieldsRule(),
        new VariableRule(),
        new ExpressRule(),
        new ResourceRule(),
        new PayloadWarningsRule());
  }

  /**
   * The parse diagnostics plus every rule's, without repeats, sorted by position. Never throws:
   * without a JSON object to look at only the parse diagnostics are returned.
   */
  public static List<Diagnostic> run(ParseResult parsed, StateMachineType type) {
    List<Diagnostic> out = new ArrayList<>(parsed.diagnostics());
    JsonNode tree = parsed.tree();
    if (tree != null && tree.isObject()) {
      SourceMap map = parsed.sourceMap() == null ? SourceMap.empty() : parsed.sourceMap();
      out.addAll(validate(tree, type, map, parsed.diagnostics()));
    }
    out.sort(BY_POSITION);
    return out;
  }

  /** Rule findings for a tree, minus those the parser already reported at the same place. */
  static List<Diagnostic> validate(
      JsonNode tree, StateMachineType type, SourceMap map, List<Diagnostic> parseDiagnostics) {
    Sink sink = new Sink(map);
    Definition def;
    try {
      def = Definition.of(tree, type);
    } catch (StackOverflowError e) {
      // Only with a parser allowing absurd depths; the parser reports the depth itself.
      return List.of();
    }
    for (Rule rule : rules()) {
      try {
        rule.check(def, sink);
      } catch (RuntimeException | StackOverflowError e) {
        // A rule bug must not turn into an exception for the caller (validation never throws);
        // the other rules' findings still stand.
        sink.warning(DiagnosticCode.SCHEMA_VALIDATION_FAILED, "",
            "internal validator error in " + rule.getClass().getSimpleName() + ": " + e);
      }
    }
    // The parser and a rule may see the same problem (an End on a Choice is also an unknown
    // field); AWS would report it once. A rule finding is dropped when the parser reported the
    // same AWS code at the same pointer, or at the parent object while pointing at the very key
    // the rule is about (the parser reports unknown fields that way).
    Set<String> parserFindings = new HashSet<>();
    for (Diagnostic p : parseDiagnostics) {
      parserFindings.add(key(p.code(), p.pointer(), p.span().offset()));
    }
    Set<Diagnostic> unique = new LinkedHashSet<>();
    for (Diagnostic d : sink.diagnostics()) {
      int slash = d.pointer().lastIndexOf('/');
      long keyOffset = map.findKey(d.pointer()).offset();
      boolean repeated = parserFindings.contains(key(d.code(), d.pointer(), d.span().offset()))
          || (slash >= 0 && keyOffset >= 0 && parserFindings.contains(
              key(d.code(), d.pointer().substring(0, slash), keyOffset)));
      if (!repeated) {
        unique.add(d);
      }
    }
    return new ArrayList<>(unique);
  }

  private static String key(DiagnosticCode code, String pointer, long offset) {
    return code.awsCode() + "\u0000" + pointer + "\u0000" + offset;
  }
}
