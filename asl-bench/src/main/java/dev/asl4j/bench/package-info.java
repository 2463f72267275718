/**
 * JMH benchmarks, one class per workload of {@code ../shared/bench/workloads}. To add one: copy
 * {@link dev.asl4j.bench.BigDefinitionBenchmark}, load the workload's files through {@link
 * dev.asl4j.bench.Workloads} in a {@code @Setup} method, and keep the timed method to the one
 * operation the workload measures.
 */
package dev.asl4j.bench;
