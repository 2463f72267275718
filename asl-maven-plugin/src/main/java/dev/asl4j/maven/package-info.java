/** The {@code asl:validate} Maven goal. */
package dev.asl4j.maven;
