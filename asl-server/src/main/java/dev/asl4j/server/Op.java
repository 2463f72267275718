package dev.asl4j.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * One API operation: the parsed request in, the response body out. Most answer at once; long
 * polls and synchronous executions answer when their future completes, holding no thread
 * meanwhile. Errors are {@link ApiError}s.
 */
@FunctionalInterface
interface Op {
  CompletionStage<ObjectNode> call(Req request);

  static Op sync(Function<Req, ObjectNode> f) {
    return r -> CompletableFuture.completedFuture(f.apply(r));
  }
}
