/**
 * Unit-test whole Step Functions workflows on the JVM: a JUnit 5 extension ({@link
 * dev.asl4j.testing.AslTest}) that gives each test an {@link dev.asl4j.testing.AslTestEnvironment}
 * with virtual time and in-code mocks, {@link dev.asl4j.testing.AslExecution} for callbacks and
 * queries, {@link dev.asl4j.testing.AslAssertions} for AssertJ-style checks, and a state coverage
 * report per test class.
 *
 * <pre>{@code
 * @AslTest
 * class OrderSagaTest {
 *   @Test
 *   void compensatesWhenPaymentFails(AslTestEnvironment env) {
 *     env.mock("ProcessPayment").throwsError("PaymentDeclined", "card expired");
 *     AslExecution ex = env.start("order-saga.asl.json", "{\"orderId\":\"o-1\"}");
 *     assertThat(ex).failedWith("SagaFailed");
 *   }
 * }
 * }</pre>
 */
package dev.asl4j.testing;
