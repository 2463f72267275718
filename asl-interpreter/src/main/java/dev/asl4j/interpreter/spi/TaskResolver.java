package dev.asl4j.interpreter.spi;

import java.util.Optional;

/**
 * Finds the {@link TaskHandler} for a Task state's {@code Resource}. The engine asks handlers
 * registered in code first, then resolvers given to the builder (in order), then resolvers found
 * through {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * TaskResolver lambdas = resource -> resource.startsWith("arn:aws:lambda:")
 *     ? Optional.of(request -> callMyLambda(request.input()))
 *     : Optional.empty();
 * }</pre>
 */
@FunctionalInterface
public interface TaskResolver {
  /** The handler for {@code resource} (the ARN exactly as written), or empty when not handled. */
  Optional<TaskHandler> resolve(String resource);
}
