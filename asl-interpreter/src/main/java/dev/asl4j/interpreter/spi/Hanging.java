package dev.asl4j.interpreter.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletableFuture;

/**
 * A task result that never arrives, made by {@link TaskHandler#hang()}. Unlike an ordinary
 * incomplete stage, the engine knows nothing is working on it, so virtual time may run on to the
 * task's timeout.
 */
final class Hanging extends CompletableFuture<JsonNode> {
  @Override
  public boolean complete(JsonNode value) {
    return false;
  }

  @Override
  public boolean completeExceptionally(Throwable ex) {
    return false;
  }

  @Override
  public CompletableFuture<JsonNode> toCompletableFuture() {
    return this;
  }
}
