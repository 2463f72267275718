/**
 * {@code asl serve}: an AWS Step Functions–compatible endpoint (AWS JSON 1.0 protocol) and web
 * console on the JDK's HTTP server. Start one with {@link dev.asl4j.server.AslServer#builder()}.
 */
package dev.asl4j.server;
