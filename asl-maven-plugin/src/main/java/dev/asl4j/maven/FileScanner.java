package dev.asl4j.maven;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds files below a base directory by Ant/Maven-style patterns ({@code src/main/resources/**}
 * {@code /*.asl.json}): {@code **} matches any number of directories, including none, {@code *}
 * and {@code ?} stay within one path segment, {@code {a,b}} alternates. Only the literal leading
 * directories of each include are walked, so the default includes never walk {@code target/}.
 */
final class FileScanner {
  private final Path basedir;
  private final List<Pattern> includes;
  private final List<Pattern> excludes;

  FileScanner(Path basedir, List<String> includes, List<String> excludes) {
    this.basedir = basedir;
    this.includes = includes.stream().map(Pattern::new).toList();
    this.excludes = excludes.stream().map(Pattern::new).toList();
  }

  /** Matching regular files, sorted, as absolute paths. */
  List<Path> scan() throws IOException {
    Set<Path> found = new TreeSet<>();
    for (Pattern include : includes) {
      Path root = basedir.resolve(include.literalPrefix);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile)
            .filter(f -> matches(include, basedir.relativize(f)))
            .forEach(f -> found.add(f.toAbsolutePath().normalize()));
      }
    }
    return new ArrayList<>(found);
  }

  private boolean matches(Pattern include, Path relative) {
    return include.matches(relative) && excludes.stream().noneMatch(e -> e.matches(relative));
  }

  /** One pattern, as the set of nio glob matchers it means. */
  static final class Pattern {
    final String literalPrefix;
    private final List<PathMatcher> matchers = new ArrayList<>();

    Pattern(String pattern) {
      String p = pattern.replace('\\', '/');
      while (p.startsWith("./")) {
        p = p.substring(2);
      }
      if (p.endsWith("/")) {
        p = p + "**";
      }
      this.literalPrefix = literalPrefix(p);
      for (String variant : variants(p)) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
      }
    }

    boolean matches(Path relative) {
      return matchers.stream().anyMatch(m -> m.matches(relative));
    }

    /** nio's {@code **}{@code /} needs at least one directory; Maven's also matches none. */
    private static List<String> variants(String p) {
      int at = p.indexOf("**/");
      if (at < 0) {
        return List.of(p);
      }
      List<String> out = new ArrayList<>();
      for (String rest : variants(p.substring(at + 3))) {
        out.add(p.substring(0, at + 3) + rest);
        out.add(p.substring(0, at) + rest);
      }
      return out;
    }

    private static String literalPrefix(String p) {
      StringBuilder sb = new StringBuilder();
      String[] segments = p.split("/");
      for (int i = 0; i < segments.length - 1; i++) {
        if (segments[i].chars().anyMatch(c -> "*?[{".indexOf(c) >= 0)) {
          break;
        }
        sb.append(segments[i]).append('/');
      }
      return sb.toString();
    }
  }
}
