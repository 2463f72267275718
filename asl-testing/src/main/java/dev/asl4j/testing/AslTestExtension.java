package dev.asl4j.testing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link AslTest}: resolves {@link AslTestEnvironment} parameters (a
 * fresh environment per test method) and, after the class, reports state coverage per definition
 * on stdout and in {@code target/asl-coverage/<TestClass>.md}: states never entered, Choice rules
 * and Defaults never taken, Catchers never taken, Retriers never triggered.
 *
 * <pre>{@code
 * class ApprovalTest {
 *   @RegisterExtension
 *   static AslTestExtension asl = AslTestExtension.create().definitionsDir("workflows");
 *
 *   @Test
 *   void approves(AslTestEnvironment env) { ... }
 * }
 * }</pre>
 *
 * Use either {@code @AslTest} or a registered instance on a class, not both.
 */
public final class AslTestExtension implements ParameterResolver, AfterAllCallback {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(AslTestExtension.class);

  private final String definitionsDir;
  private final Path reportDir;

  /** Used by {@link AslTest}; prefer {@link #create()} in code. */
  public AslTestExtension() {
    this(null, defaultReportDir());
  }

  private AslTestExtension(String definitionsDir, Path reportDir) {
    this.definitionsDir = definitionsDir;
    this.reportDir = reportDir;
  }

  /** An extension for {@code @RegisterExtension}. */
  public static AslTestExtension create() {
    return new AslTestExtension();
  }

  /** The same extension looking for definitions under {@code dir} first. */
  public AslTestExtension definitionsDir(String dir) {
    return new AslTestExtension(Objects.requireNonNull(dir, "dir"), reportDir);
  }

  /** The same extension writing coverage reports to {@code dir} (default target/asl-coverage). */
  public AslTestExtension reportDir(Path dir) {
    return new AslTestExtension(definitionsDir, Objects.requireNonNull(dir, "dir"));
  }

  private static Path defaultReportDir() {
    return Path.of(System.getProperty("basedir", "."), "target", "asl-coverage");
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
    return p.getParameter().getType() == AslTestEnvironment.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext c)
      throws ParameterResolutionException {
    return new AslTestEnvironment(classState(c));
  }

  private ClassState classState(ExtensionContext c) {
    Class<?> testClass = c.getRequiredTestClass();
    ExtensionContext classContext = c;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext
        .getStore(NS)
        .getOrComputeIfAbsent(
            testClass, k -> new ClassState(dirFor(testClass), loaderFor(testClass)), ClassState.class);
  }

  private String dirFor(Class<?> testClass) {
    if (definitionsDir != null) {
      return definitionsDir;
    }
    for (Class<?> k = testClass; k != null; k = k.getEnclosingClass()) {
      AslTest a = k.getAnnotation(AslTest.class);
      if (a != null) {
        return a.definitionsDir();
      }
    }
    return "";
  }

  private static ClassLoader loaderFor(Class<?> testClass) {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return cl != null ? cl : testClass.getClassLoader();
  }

  @Override
  public void afterAll(ExtensionContext c) {
    Class<?> testClass = c.getRequiredTestClass();
    ClassState state = c.getStore(NS).remove(testClass, ClassState.class);
    if (state == null) {
      return;
    }
    List<CoverageCollector> collectors = state.collectors();
    if (collectors.isEmpty()) {
      return;
    }
    String name = testClass.getName().substring(testClass.getName().lastIndexOf('.') + 1);
    PrintStream out = System.out;
    out.print(CoverageReport.text(name, collectors));
    try {
      Path file = CoverageReport.write(reportDir, name, collectors);
      out.println("  report: " + file);
    } catch (IOException e) {
      out.println("  (could not write the coverage report: " + e + ")");
    }
  }
}
