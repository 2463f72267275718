/**
 * Engine internals: the {@code Planner} compiles a model into executable nodes (one per state
 * type); a {@code Run} is one execution with its mailbox, history and timers; a {@code Fiber} runs
 * the executor loop for the top level, a Parallel branch or a Map iteration. Not an API.
 */
package dev.asl4j.interpreter.internal;
