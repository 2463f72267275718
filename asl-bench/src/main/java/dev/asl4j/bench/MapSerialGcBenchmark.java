package dev.asl4j.bench;

import org.openjdk.jmh.annotations.Fork;

/**
 * {@link MapBenchmark} in the same 128 MB heap with the serial collector: what the JVM picks by
 * itself in a container with under 2 CPUs or under 1,792 MB of memory (it then does not count as a
 * "server-class machine"), so the collector a 128 MB deployment usually runs with. On this 2-core,
 * 24 GB machine the default is G1, measured by {@link MapBenchmark}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms128m", "-Xmx128m", "-XX:+UseSerialGC"})
public class MapSerialGcBenchmark extends MapBenchmark {}
