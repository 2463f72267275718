package dev.asl4j.testing;

/**
 * Entry point of the AssertJ-style assertions on executions.
 *
 * <pre>{@code
 * import static dev.asl4j.testing.AslAssertions.assertThat;
 *
 * assertThat(ex).succeeded()
 *     .hasOutput("{\"orderId\":\"o-1\",\"status\":\"SHIPPED\"}")
 *     .visitedInOrder("Reserve", "Charge", "Ship")
 *     .hasAttempts("Charge", 2);
 * }</pre>
 */
public final class AslAssertions {
  private AslAssertions() {}

  /**
   * Assertions on {@code execution}; runs it to its end first (see {@link
   * AslExecution#awaitCompletion()}).
   */
  public static ExecutionAssert assertThat(AslExecution execution) {
    if (execution != null) {
      execution.awaitCompletion();
    }
    return new ExecutionAssert(execution);
  }
}
