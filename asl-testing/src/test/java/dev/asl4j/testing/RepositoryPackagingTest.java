package dev.asl4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The publishing rules, checked on every module of the build (profiles included): each pom
 * declares the license, and each published library (a jar or Maven plugin outside {@code
 * samples/} and the standalone-project check) is listed in {@code asl4j-bom}, so a module added
 * later cannot be forgotten there.
 */
class RepositoryPackagingTest {
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>");
  private static final Pattern PACKAGING = Pattern.compile("<packaging>([^<]+)</packaging>");

  /** One module: its directory (relative to the root) and pom text. */
  record Module(String dir, String pom) {}

  @Test
  void everyPomHasTheLicenseAndEveryLibraryIsInTheBom() throws IOException {
    Path root = DocSnippetsTest.repositoryRoot();
    List<Module> modules = new ArrayList<>();
    collect(root, root, modules);
    assertThat(modules).as("modules of the build").hasSizeGreaterThan(8);
    String bom = Files.readString(root.resolve("asl4j-bom/pom.xml"), StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();
    for (Module m : modules) {
      if (!m.pom().contains("<licenses>")) {
        problems.add(m.dir() + "/pom.xml has no <licenses>");
      }
      Matcher a = ARTIFACT.matcher(m.pom());
      Matcher p = PACKAGING.matcher(m.pom());
      String packaging = p.find() ? p.group(1) : "jar";
      boolean library = (packaging.equals("jar") || packaging.equals("maven-plugin"))
          && !m.dir().startsWith("samples") && !m.dir().equals("asl-bench");
      if (library && a.find() && !bom.contains("<artifactId>" + a.group(1) + "</artifactId>")) {
        problems.add(a.group(1) + " (" + m.dir() + ") is not listed in asl4j-bom/pom.xml");
      }
    }
    assertThat(problems).isEmpty();
  }

  private static void collect(Path root, Path dir, List<Module> into) throws IOException {
    String pom = Files.readString(dir.resolve("pom.xml"), StandardCharsets.UTF_8);
    String rel = root.relativize(dir).toString().replace('\\', '/');
    into.add(new Module(rel.isEmpty() ? "." : rel, pom));
    Matcher m = MODULE.matcher(pom);
    while (m.find()) {
      Path child = dir.resolve(m.group(1).trim()).normalize();
      boolean seen = into.stream().anyMatch(x -> child.equals(root.resolve(x.dir()).normalize()));
      if (Files.isRegularFile(child.resolve("pom.xml")) && !seen) {
        collect(root, child, into);
      }
    }
  }
}
