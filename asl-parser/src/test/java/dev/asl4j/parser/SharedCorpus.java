package dev.asl4j.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;

/**
 * The AWS-recorded corpora under {@code -Dasl4j.shared} (the build points it at {@code ../shared}
 * beside the checkout). A fresh clone has no such directory: the suites that need it are skipped,
 * and the first of them in each module's test run says so in one line instead of silently running
 * nothing. Other modules' tests use it through asl-parser's test jar.
 */
public final class SharedCorpus {
  private static final AtomicBoolean TOLD = new AtomicBoolean();

  private SharedCorpus() {}

  /** {@code sub} under the shared directory; skips the calling test when it is not there. */
  public static Path require(String sub) {
    Path root = Path.of(System.getProperty("asl4j.shared", "../../shared"));
    Path p = root.resolve(sub);
    if (!Files.isDirectory(p)) {
      String why = "skipped: ../shared not found (" + p.normalize() + "); the AWS-recorded suites need it";
      if (TOLD.compareAndSet(false, true)) {
        System.out.println("[" + Path.of("").toAbsolutePath().getFileName() + "] " + why);
      }
      Assumptions.abort(why);
    }
    return p;
  }
}
