/**
 * Extension points of {@code asl serve}: {@link dev.asl4j.server.spi.ServerStore}, where the
 * server keeps its records.
 */
package dev.asl4j.server.spi;
