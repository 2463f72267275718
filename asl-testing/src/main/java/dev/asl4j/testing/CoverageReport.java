package dev.asl4j.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Renders the coverage of a test class: plain text for the console, Markdown for the file. */
final class CoverageReport {
  private CoverageReport() {}

  static String text(String testClass, Collection<CoverageCollector> collectors) {
    StringBuilder sb = new StringBuilder();
    String nl = System.lineSeparator();
    sb.append("ASL state coverage of ").append(testClass).append(':').append(nl);
    for (CoverageCollector c : collectors) {
      CoverageCollector.Gaps g = c.gaps();
      sb.append("  ").append(c.definition()).append(": ").append(g.covered()).append('/')
          .append(g.items()).append(" covered").append(nl);
      section(sb, "    states never entered: ", g.unvisitedStates(), nl);
      section(sb, "    Choice rules never taken: ", g.untakenChoiceRules(), nl);
      section(sb, "    Catchers never taken: ", g.untakenCatchers(), nl);
      section(sb, "    Retriers never triggered: ", g.untriggeredRetriers(), nl);
    }
    return sb.toString();
  }

  private static void section(StringBuilder sb, String title, List<String> items, String nl) {
    if (!items.isEmpty()) {
      sb.append(title).append(String.join(", ", items)).append(nl);
    }
  }

  static String markdown(String testClass, Collection<CoverageCollector> collectors) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ASL state coverage: ").append(testClass).append("\n");
    for (CoverageCollector c : collectors) {
      CoverageCollector.Gaps g = c.gaps();
      sb.append("\n## ").append(c.definition()).append("\n\n");
      sb.append(g.covered()).append(" of ").append(g.items())
          .append(" items covered (states, Choice rules and Defaults, Catchers, Retriers).\n");
      list(sb, "States never entered", g.unvisitedStates());
      list(sb, "Choice rules never taken", g.untakenChoiceRules());
      list(sb, "Catchers never taken", g.untakenCatchers());
      list(sb, "Retriers never triggered", g.untriggeredRetriers());
      String picture = CoverageGraph.mermaid(c);
      if (picture != null) {
        sb.append("\n```mermaid\n").append(picture.strip()).append("\n```\n");
      }
    }
    return sb.toString();
  }

  private static void list(StringBuilder sb, String title, List<String> items) {
    sb.append("\n### ").append(title).append("\n\n");
    if (items.isEmpty()) {
      sb.append("none\n");
      return;
    }
    items.forEach(i -> sb.append("- ").append(i.replace("|", "\\|")).append('\n'));
  }

  /** Writes {@code dir/<testClass>.md} and returns its path. */
  static Path write(Path dir, String testClass, Collection<CoverageCollector> collectors)
      throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(testClass + ".md");
    Files.writeString(file, markdown(testClass, collectors), StandardCharsets.UTF_8);
    return file;
  }
}
