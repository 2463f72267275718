package dev.asl4j.interpreter.internal;

import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.Catcher;

/** A compiled Catcher; {@link #next} is resolved by the planner after all nodes exist. */
final class CatchRule {
  final String[] errorEquals;
  final String nextName;
  final Path resultPath;
  final Template output;
  final Template assign;
  Node next;

  CatchRule(Catcher c) {
    this.errorEquals = c.errorEquals().toArray(new String[0]);
    this.nextName = c.next();
    this.resultPath = c.resultPath();
    this.output = c.output().orElse(null);
    this.assign = c.assign().orElse(null);
  }
}
