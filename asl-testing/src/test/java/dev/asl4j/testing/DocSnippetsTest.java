package dev.asl4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md and docs/*.md compiles against the real API (this
 * module's test class path: asl-testing, the engine, JUnit, AssertJ, Jackson). A block is a whole
 * source file when it declares a top-level type, class members when it starts with a member
 * declaration, else statements; its {@code import} lines go first, {@code ...} lines stand for
 * elided code. Fragments extend {@link dev.asl4j.testing.docsnippets.DocContext}, which declares
 * the names the prose introduced elsewhere.
 */
class DocSnippetsTest {
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TOP_TYPE =
      Pattern.compile("(?m)^(@\\w+\\s+)*(public |final |abstract )*(class|interface|record|enum) \\w+");
  private static final Pattern MEMBER =
      Pattern.compile("^(@\\w+|static |private |protected |public |void |\\w[\\w<>,\\[\\] ]* \\w+\\([^;]*\\)\\s*(throws [\\w., ]+)?\\{)");
  private static final String PRELUDE = String.join("\n",
      "import com.fasterxml.jackson.databind.*;",
      "import com.fasterxml.jackson.databind.node.*;",
      "import dev.asl4j.graph.*;",
      "import dev.asl4j.interpreter.*;",
      "import dev.asl4j.interpreter.spi.*;",
      "import dev.asl4j.parser.model.*;",
      "import dev.asl4j.testing.*;",
      "import dev.asl4j.testing.docsnippets.DocContext;",
      "import dev.asl4j.validator.*;",
      "import java.nio.file.*;",
      "import java.time.*;",
      "import java.util.*;",
      "import java.util.concurrent.*;",
      "import org.junit.jupiter.api.*;",
      "import org.junit.jupiter.api.extension.*;",
      "import static org.assertj.core.api.Assertions.*;",
      "import static dev.asl4j.testing.AslAssertions.*;",
      "");

  @TempDir Path out;

  /** One code block: where it is and the Java source made of it. */
  record Snippet(String where, String pkg, String source) {}

  @Test
  void everyJavaBlockInTheDocsCompiles() throws IOException {
    Path root = repositoryRoot();
    List<Path> docs = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> s = Files.list(root.resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    List<Snippet> snippets = new ArrayList<>();
    for (Path doc : docs) {
      snippets.addAll(snippets(root.relativize(doc).toString(), Files.readString(doc, StandardCharsets.UTF_8)));
    }
    assertThat(snippets).as("Java blocks found in README.md and docs/").hasSizeGreaterThanOrEqualTo(20);
    List<String> errors = compile(snippets);
    assertThat(errors).as("compile errors in documentation code blocks").isEmpty();
  }

  @Test
  void theWrapperRejectsCodeThatDoesNotCompile() throws IOException {
    List<Snippet> bad = snippets("bad.md", "```java\nenv.mock(\"A\").returnz(\"{}\");\n```\n");
    assertThat(compile(bad)).singleElement().asString().contains("bad.md").contains("returnz");
  }

  static List<Snippet> snippets(String where, String markdown) {
    List<Snippet> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(markdown);
    int n = 0;
    while (m.find()) {
      int line = (int) markdown.substring(0, m.start()).lines().count() + 2;
      String pkg = "docsnippets." + where.replaceAll("[^A-Za-z0-9]", "_") + "_b" + n;
      out.add(new Snippet(where + ":" + line + " (block " + n + ")", pkg, wrap(pkg, m.group(1))));
      n++;
    }
    return out;
  }

  /** The compilation unit for one block. */
  static String wrap(String pkg, String block) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String l : block.split("\n", -1)) {
      String t = l.strip();
      if (t.startsWith("import ")) {
        imports.append(l).append('\n');
      } else if (t.equals("...") || t.equals("…")) {
        body.append("// (elided)\n"); // keeps line numbers
      } else {
        body.append(l).append('\n');
      }
    }
    String code = body.toString();
    String head = "package " + pkg + ";\n" + imports + PRELUDE;
    if (TOP_TYPE.matcher(code).find()) {
      return head + code;
    }
    if (MEMBER.matcher(code.strip()).find()) {
      return head + "abstract class Snippet extends DocContext {\n" + code + "}\n";
    }
    return head + "abstract class Snippet extends DocContext {\nvoid snippet() throws Exception {\n"
        + code + "}\n}\n";
  }

  private List<String> compile(List<Snippet> snippets) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> units = new ArrayList<>();
    for (Snippet s : snippets) {
      units.add(new SimpleJavaFileObject(
          URI.create("string:///" + s.pkg().replace('.', '/') + "/Snippet.java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return s.source();
        }

        @Override
        public String getName() {
          return s.where();
        }
      });
    }
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      List<String> options = List.of("--release", "17", "-proc:none", "-classpath", classPath());
      StringWriter log = new StringWriter();
      javac.getTask(log, files, diagnostics, options, null, units).call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.getSource().getName() + " line " + d.getLineNumber() + " of the wrapped block: "
            + d.getMessage(null) + "\n" + sourceLine(d));
      }
    }
    return errors;
  }

  private static String sourceLine(Diagnostic<? extends JavaFileObject> d) {
    try {
      String[] lines = d.getSource().getCharContent(true).toString().split("\n", -1);
      long n = d.getLineNumber();
      return n >= 1 && n <= lines.length ? "    " + lines[(int) n - 1] : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Surefire runs tests from a manifest-only jar; it names the real class path here. */
  private static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }

  static Path repositoryRoot() {
    Path dir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("docs"))) {
        return p;
      }
    }
    throw new IllegalStateException("no README.md with a docs/ directory above " + dir);
  }
}
