package dev.asl4j.maven;

import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.model.StateMachineType;
import dev.asl4j.validator.DefinitionChecker;
import dev.asl4j.validator.ValidationResult;
import dev.asl4j.validator.report.ReportSummary;
import dev.asl4j.validator.report.ReportWriter;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the project's state machine definitions and fails the build when one has an error.
 * Each diagnostic is logged with the same rendering as {@code asl validate}; a SARIF report can be
 * written for code-scanning services.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.asl4j</groupId>
 *   <artifactId>asl-maven-plugin</artifactId>
 *   <version>…</version>
 *   <executions><execution><goals><goal>validate</goal></goals></execution></executions>
 *   <configuration><sarifFile>${project.build.directory}/asl.sarif</sarifFile></configuration>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ValidateMojo extends AbstractMojo {
  static final List<String> DEFAULT_INCLUDES =
      List.of(
          "src/main/resources/**/*.asl.json",
          "src/main/resources/**/*.asl.yaml",
          "src/main/resources/**/*.asl.yml");

  /** The directory include and exclude patterns are relative to. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /**
   * Files to validate, as patterns relative to the project directory ({@code **} spans
   * directories). Default: {@code src/main/resources/**}{@code /*.asl.json}, {@code .asl.yaml},
   * {@code .asl.yml}.
   */
  @Parameter(property = "asl.includes")
  List<String> includes;

  /** Files to leave out, as patterns relative to the project directory. */
  @Parameter(property = "asl.excludes")
  List<String> excludes;

  /** The state machine type the rules apply to: {@code STANDARD} or {@code EXPRESS}. */
  @Parameter(property = "asl.type", defaultValue = "STANDARD")
  StateMachineType type;

  /** When set, a SARIF 2.1.0 report is written to this file. */
  @Parameter(property = "asl.sarifFile")
  File sarifFile;

  /**
   * File names in the log and URIs in the SARIF report are relative to this directory (the
   * directory Maven was started in, normally the repository root).
   */
  @Parameter(property = "asl.reportBaseDirectory", defaultValue = "${session.executionRootDirectory}")
  File reportBaseDirectory;

  /** Whether an error fails the build (otherwise it is only logged). */
  @Parameter(property = "asl.failOnError", defaultValue = "true")
  boolean failOnError = true;

  /** Whether a warning fails the build too. */
  @Parameter(property = "asl.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /** Skips the goal. */
  @Parameter(property = "asl.skip", defaultValue = "false")
  boolean skip;

  /** Not a parameter: tests replace the validator here. */
  DefinitionChecker checker;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("asl:validate skipped");
      return;
    }
    Path base = basedir.toPath().toAbsolutePath().normalize();
    Path reportBase = reportBaseDirectory == null ? base : reportBaseDirectory.toPath().toAbsolutePath().normalize();
    List<String> inc = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes;
    List<String> exc = excludes == null ? List.of() : excludes;
    List<Path> files;
    try {
      files = new FileScanner(base, inc, exc).scan();
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot list state machine definitions: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      getLog().info("No state machine definitions match " + inc);
    }
    DefinitionChecker check = checker != null ? checker : DefinitionChecker.standard();
    List<ValidationResult> results = new ArrayList<>();
    for (Path file : files) {
      ValidationResult r = check.check(read(file), file.toString(), type);
      results.add(r);
      log(displayName(reportBase, file), r);
    }
    ReportSummary summary = ReportSummary.of(results);
    if (!files.isEmpty()) {
      getLog().info("asl: " + summary.line());
    }
    if (sarifFile != null) {
      writeSarif(results, reportBase);
    }
    if (failOnError && summary.errors() > 0) {
      throw new MojoFailureException(
          summary.invalidFiles() + " state machine definition(s) have errors: " + summary.line());
    }
    if (failOnWarning && summary.warnings() > 0) {
      throw new MojoFailureException(
          "state machine definitions have warnings and failOnWarning is set: " + summary.line());
    }
  }

  private void log(String name, ValidationResult r) {
    String text = r.parse().sourceText();
    for (Diagnostic d : r.diagnostics()) {
      String rendered = d.render(name, text);
      switch (d.severity()) {
        case ERROR:
          getLog().error(rendered);
          break;
        case WARNING:
          getLog().warn(rendered);
          break;
        default:
          getLog().info(rendered);
      }
    }
  }

  private void writeSarif(List<ValidationResult> results, Path reportBase) throws MojoExecutionException {
    Path out = sarifFile.toPath();
    try {
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        ReportWriter.sarif(reportBase).write(results, w);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write SARIF report " + out + ": " + e.getMessage(), e);
    }
    getLog().info("asl: SARIF report written to " + out);
  }

  private static String read(Path file) throws MojoExecutionException {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String displayName(Path reportBase, Path file) {
    return file.startsWith(reportBase) && !file.equals(reportBase)
        ? reportBase.relativize(file).toString()
        : file.toString();
  }
}
