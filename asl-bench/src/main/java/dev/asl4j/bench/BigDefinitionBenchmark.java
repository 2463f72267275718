package dev.asl4j.bench;

import dev.asl4j.parser.AslParser;
import dev.asl4j.parser.ParseResult;
import dev.asl4j.parser.model.StateMachineType;
import dev.asl4j.validator.AslValidator;
import dev.asl4j.validator.ValidationResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code big-definition}: parse and validate a ~1 MB, ~1,500-state definition (target: under 50
 * ms warm; the npm engine takes 242 ms). Loading is the timed operation, so the text is read once
 * and parsed on every invocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m"})
public class BigDefinitionBenchmark {
  static final String WORKLOAD = "big-definition.asl.json";

  private String text;
  private AslParser parser;
  private AslValidator validator;

  /** Reads the definition and checks that it is valid, so the figures measure the real path. */
  @Setup
  public void setUp() {
    text = Workloads.read(WORKLOAD);
    parser = AslParser.create();
    validator = AslValidator.create(parser);
    ValidationResult r = validator.validate(text, WORKLOAD, StateMachineType.STANDARD);
    if (r.hasErrors()) {
      throw new IllegalStateException(WORKLOAD + " should be valid:\n" + r.render());
    }
  }

  /** Parse and validate: what {@code asl validate} does per file. */
  @Benchmark
  public ValidationResult parseAndValidate() {
    return validator.validate(text, WORKLOAD, StateMachineType.STANDARD);
  }

  /** Parse only, to see how the time divides between parser and rules. */
  @Benchmark
  public ParseResult parseOnly() {
    return parser.parse(text, WORKLOAD);
  }
}
