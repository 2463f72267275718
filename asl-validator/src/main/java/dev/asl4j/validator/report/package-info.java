/**
 * Machine- and human-readable reports of validation results: the text rendering, the JSON shape
 * other tools read, and SARIF 2.1.0 for code-scanning services. Shared by the {@code asl} CLI and
 * the Maven plugin so both print exactly the same thing.
 */
package dev.asl4j.validator.report;
