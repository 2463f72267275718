package dev.asl4j.interpreter.spi;

import java.util.List;
import java.util.Optional;

/**
 * One page of {@link ExecutionStore#list}.
 *
 * @param executions the executions on this page
 * @param nextToken the token for the next page, empty on the last one
 */
public record ExecutionPage(List<StoredExecution> executions, Optional<String> nextToken) {
  public ExecutionPage {
    executions = List.copyOf(executions);
  }
}
