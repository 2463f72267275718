package dev.asl4j.graph;

import dev.asl4j.parser.AslParser;
import dev.asl4j.parser.ParseResult;
import dev.asl4j.parser.model.Branch;
import dev.asl4j.parser.model.MapState;
import dev.asl4j.parser.model.ParallelState;
import dev.asl4j.parser.model.State;
import dev.asl4j.parser.model.StateMachine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The definitions every renderer test runs over: the repository's samples, the shared examples
 * and every real-world corpus definition the parser accepts (shared ones only when
 * {@code -Dasl4j.shared} names an existing directory).
 */
final class GraphCorpus {
  /** One parsed definition. */
  record Entry(String name, StateMachine machine) {
    @Override
    public String toString() {
      return name;
    }
  }

  private GraphCorpus() {}

  static List<Entry> all() {
    List<Path> files = new ArrayList<>();
    Path samples = Path.of("..", "samples");
    if (Files.isDirectory(samples)) {
      files.addAll(walk(samples, ".asl.json").stream()
          .filter(p -> !p.toString().contains("target")).toList());
    }
    String shared = System.getProperty("asl4j.shared");
    if (shared != null && Files.isDirectory(Path.of(shared))) {
      Path root = Path.of(shared);
      if (Files.isDirectory(root.resolve("examples"))) {
        files.addAll(walk(root.resolve("examples"), ".asl.json"));
      }
      if (Files.isDirectory(root.resolve("corpus/real-world"))) {
        files.addAll(walk(root.resolve("corpus/real-world"), ".json"));
      }
    }
    AslParser parser = AslParser.create();
    List<Entry> out = new ArrayList<>();
    for (Path f : files) {
      ParseResult r;
      try {
        r = parser.parse(f);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!r.hasErrors() && r.model().isPresent()) {
        out.add(new Entry(f.toString(), r.model().get()));
      }
    }
    return out;
  }

  /** Every state name in the machine, branches included. */
  static List<String> stateNames(StateMachine m) {
    List<String> names = new ArrayList<>();
    collect(m.root(), names);
    return names;
  }

  private static void collect(Branch b, List<String> names) {
    for (State s : b.states().values()) {
      names.add(s.name());
      if (s instanceof ParallelState p) {
        p.branches().forEach(x -> collect(x, names));
      } else if (s instanceof MapState mp) {
        collect(mp.processor().graph(), names);
      }
    }
  }

  private static List<Path> walk(Path dir, String suffix) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
