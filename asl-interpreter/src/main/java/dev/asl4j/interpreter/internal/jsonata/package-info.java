/**
 * The JSONata adapter: the only package of the engine that imports {@code com.dashjoin.jsonata}
 * (the validator's load-time syntax check is the only other user of the library).
 *
 * <p>Entry point: {@link dev.asl4j.interpreter.internal.jsonata.JsonataEvaluator} (one per
 * engine, thread-safe).
 *
 * <p><b>Thread safety of dashjoin 0.9.10.</b> A parsed {@code Jsonata} keeps mutable state in three
 * places: its environment frame (written by {@code assign}/{@code registerFunction}, and by
 * {@code evaluate} itself when no bindings frame is passed: {@code $} would then be bound in the
 * shared frame), a {@code timestamp} field overwritten by every {@code evaluate} (read by the
 * built-in {@code $now}/{@code $millis}), and per-thread clones (a static {@code ThreadLocal})
 * that hold the current input and frame during evaluation; the thread that parses an expression
 * adopts the parsed object itself as its per-thread instance, so that object's environment field
 * is overwritten while that thread evaluates anything. The adapter writes the environment only
 * before the compiled expression is published, gives the compiling thread a private instance,
 * always passes a fresh frame, and replaces {@code $now} and {@code $millis}; what remains is
 * per-thread or read-only. {@code ConcurrencyTest} checks both the general case and the
 * compiling-thread leak (which it reproduces without the fix).
 *
 * <p><b>Known differences from AWS</b> (dashjoin's, not fixed here): {@code $count(null)} is 0
 * (AWS 1); {@code $string(1e20)} is "1e+20" (AWS "100000000000000000000"); {@code $formatNumber(1,
 * "x")} succeeds (AWS D3086); T0412 is rebuilt for built-ins only; a single
 * long-running built-in other than the regex functions ({@code $pad} to a huge width, a huge
 * {@code $sort}) is only stopped after it returns.
 */
package dev.asl4j.interpreter.internal.jsonata;
