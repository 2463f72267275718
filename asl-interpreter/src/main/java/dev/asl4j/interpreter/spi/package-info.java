/**
 * Extension points of the engine: {@link dev.asl4j.interpreter.spi.TaskResolver} and {@link
 * dev.asl4j.interpreter.spi.TaskHandler} perform Task states (found by Resource ARN; also through
 * {@link java.util.ServiceLoader}), {@link dev.asl4j.interpreter.spi.Scheduler} supplies time and
 * timers ({@link dev.asl4j.interpreter.spi.RealTimeScheduler}, {@link
 * dev.asl4j.interpreter.spi.VirtualTimeScheduler}), and {@link dev.asl4j.interpreter.spi.InMemoryS3}
 * answers S3 resources such as a Distributed Map's ItemReader and ResultWriter.
 */
package dev.asl4j.interpreter.spi;
