package dev.asl4j.validator.internal;

import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.model.StateKind;
import dev.asl4j.parser.model.StateMachineType;

/**
 * EXPRESS machines run at most five minutes without a durable history, so AWS refuses the
 * integrations that wait: {@code .sync}, {@code .waitForTaskToken} and activities. Messages are
 * AWS's, including the trailing space of the {@code .waitForTaskToken} one.
 */
final class ExpressRule implements Rule {
  @Override
  public void check(Definition def, Sink sink) {
    if (def.type() != StateMachineType.EXPRESS) {
      return;
    }
    for (StateNode s : def.states()) {
      String r = s.kind() == StateKind.TASK ? s.text("Resource") : null;
      if (r == null) {
        continue;
      }
      String p = s.pointer("Resource");
      if (Resources.isActivity(r)) {
        sink.error(DiagnosticCode.EXPRESS_NOT_SUPPORTED, p,
            "Express state machine does not support Activity ARN");
      } else if (r.endsWith(".sync") || r.contains(".sync:")) {
        sink.error(DiagnosticCode.EXPRESS_NOT_SUPPORTED, p,
            "Express state machine does not support '.sync' service integration");
      } else if (r.endsWith(".waitForTaskToken")) {
        sink.error(DiagnosticCode.EXPRESS_NOT_SUPPORTED, p,
            "Express state machine does not support '.waitForTaskToken' service integration ");
      }
    }
  }
}
