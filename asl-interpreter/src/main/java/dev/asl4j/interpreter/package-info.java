/**
 * The asl4j engine's API: {@link dev.asl4j.interpreter.AslEngine} loads (validates and compiles)
 * Amazon States Language definitions into immutable {@link
 * dev.asl4j.interpreter.StateMachineDefinition}s, whose executions behave as AWS Step Functions
 * does: same outputs, error names and causes, history events.
 *
 * <pre>{@code
 * AslEngine engine = AslEngine.builder()
 *     .taskHandler("arn:aws:lambda:us-east-1:123456789012:function:charge", r -> charge(r.input()))
 *     .scheduler(new VirtualTimeScheduler())
 *     .build();
 * ExecutionResult r = engine.load(Path.of("order.asl.json")).run(input);
 * }</pre>
 */
package dev.asl4j.interpreter;
