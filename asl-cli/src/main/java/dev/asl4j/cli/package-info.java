/**
 * The {@code asl} command line. {@link dev.asl4j.cli.Main} is the entry point; every subcommand
 * is a class of its own, registered in {@code AslCommand}'s {@code subcommands} list.
 */
package dev.asl4j.cli;
