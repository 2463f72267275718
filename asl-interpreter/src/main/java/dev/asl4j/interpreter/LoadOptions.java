package dev.asl4j.interpreter;

import dev.asl4j.parser.model.StateMachineType;
import java.util.Objects;

/**
 * How a definition is loaded: the state machine's name and ARN (for {@code $$.StateMachine} and
 * execution ARNs) and its type. Null name/ARN mean "derive": the name from the file name, the ARN
 * from the engine's region and account.
 *
 * <pre>{@code
 * engine.load(text, "order.asl.json",
 *     LoadOptions.defaults().withName("OrderFlow").withType(StateMachineType.EXPRESS));
 * }</pre>
 *
 * @param name the state machine name, or null
 * @param arn the state machine ARN, or null
 * @param type STANDARD (exactly-once, 25,000-event history) or EXPRESS
 */
public record LoadOptions(String name, String arn, StateMachineType type) {
  public LoadOptions {
    Objects.requireNonNull(type, "type");
  }

  /** Derived name and ARN, STANDARD. */
  public static LoadOptions defaults() {
    return new LoadOptions(null, null, StateMachineType.STANDARD);
  }

  public LoadOptions withName(String name) {
    return new LoadOptions(name, arn, type);
  }

  public LoadOptions withArn(String arn) {
    return new LoadOptions(name, arn, type);
  }

  public LoadOptions withType(StateMachineType type) {
    return new LoadOptions(name, arn, type);
  }
}
