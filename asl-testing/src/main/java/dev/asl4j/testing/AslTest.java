package dev.asl4j.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit 5 test class whose test methods take an {@link AslTestEnvironment}: a fresh
 * engine with virtual time and mocks per test, state coverage reported after the class.
 *
 * <pre>{@code
 * @AslTest(definitionsDir = "workflows")
 * class OrderSagaTest {
 *   @Test
 *   void compensatesWhenPaymentFails(AslTestEnvironment env) {
 *     env.mock("ProcessPayment").throwsError("PaymentDeclined", "card expired");
 *     AslExecution ex = env.start("order-saga.asl.json", "{\"orderId\":\"o-1\"}");
 *     assertThat(ex).failedWith("SagaFailed")
 *         .visitedInOrder("ReserveInventory", "ProcessPayment", "RollbackInventory", "SagaFailed");
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(AslTestExtension.class)
public @interface AslTest {
  /**
   * A directory (classpath prefix, or file-system directory) tried before the classpath root when
   * a definition is loaded by name.
   */
  String definitionsDir() default "";
}
