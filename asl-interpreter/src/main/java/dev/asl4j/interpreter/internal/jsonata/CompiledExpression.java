package dev.asl4j.interpreter.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One parsed expression, shared by every thread. dashjoin 0.9.10's {@code Jsonata} is safe to
 * evaluate concurrently only in a particular way, which {@link JsonataEvaluator} follows: every
 * evaluation passes its own frame (so {@code $} and our bindings land in a fresh frame, never in
 * the shared environment), the environment is written only here, before the object is published,
 * the compiling thread is detached from the object (see {@link #detachFromThisThread}), and
 * {@code $now}/{@code $millis} are replaced because the library's read a timestamp field that
 * concurrent evaluations overwrite. The AST itself is read-only during evaluation, and the
 * library keeps its other per-call state in per-thread instances.
 */
final class CompiledExpression {
  final String source;
  final Jsonata jsonata;
  /** Names after a "$" in the text: a superset of the workflow variables it can read. */
  final Set<String> variableNames;
  /** The steps of a plain {@code $states.input...} path (read without the library), else null. */
  final String[] statesPath;

  private CompiledExpression(String source, Jsonata jsonata, Set<String> variableNames) {
    this.source = source;
    this.jsonata = jsonata;
    this.variableNames = variableNames;
    this.statesPath = StatesPath.parse(source);
  }

  /** Parses {@code source}; throws dashjoin's {@code JException} on a syntax error. */
  static CompiledExpression compile(String source, SfnFunctions functions) {
    Jsonata j = Jsonata.jsonata(source);
    detachFromThisThread();
    j.setValidateInput(false); // our views are JSON by construction; the walk would defeat laziness
    j.setOutputConvertNulls(false); // keep JSON null apart from undefined
    functions.install(j);
    return new CompiledExpression(source, j, Set.copyOf(referencedNames(source)));
  }

  /**
   * Parsing makes the new object this thread's "per-thread instance", whose {@code environment}
   * field dashjoin overwrites with the running frame whenever this thread evaluates anything; other
   * threads evaluating the shared expression would then start from that foreign frame and see its
   * variables. Parsing a throwaway expression gives this thread a private instance instead.
   */
  private static void detachFromThisThread() {
    Jsonata.jsonata("0");
  }

  /**
   * Variable names are Unicode identifiers (AWS rule), so scanning "$" + identifier characters
   * finds every one the expression can mention; extra names (functions, local variables, text in
   * string literals) only cost a failed lookup. Binding just these keeps the per-evaluation frame
   * small however many variables the execution holds.
   */
  static Set<String> referencedNames(String source) {
    Set<String> names = new LinkedHashSet<>();
    int i = source.indexOf('$');
    while (i >= 0) {
      int end = i + 1;
      while (end < source.length() && isNamePart(source.codePointAt(end))) {
        end += Character.charCount(source.codePointAt(end));
      }
      if (end > i + 1) {
        String name = source.substring(i + 1, end);
        if (!name.equals("states")) {
          names.add(name);
        }
      }
      i = source.indexOf('$', end);
    }
    return names;
  }

  private static boolean isNamePart(int cp) {
    return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) || cp == '_';
  }
}
