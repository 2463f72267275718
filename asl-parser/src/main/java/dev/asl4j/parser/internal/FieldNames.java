package dev.asl4j.parser.internal;

import dev.asl4j.parser.model.ComparisonOperator;
import dev.asl4j.parser.model.StateKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields each object of a definition may have. For states this is the union of both query
 * languages' fields: which dialect may use which field is the validator's rule, not the parser's.
 */
final class FieldNames {
  private FieldNames() {}

  static final Set<String> MACHINE =
      set("Comment", "StartAt", "States", "Version", "TimeoutSeconds", "QueryLanguage");
  static final Set<String> BRANCH = set("Comment", "StartAt", "States");
  static final Set<String> PROCESSOR = set("Comment", "StartAt", "States", "ProcessorConfig");
  static final Set<String> PROCESSOR_CONFIG = set("Mode", "ExecutionType");
  static final Set<String> RETRIER = set("ErrorEquals", "IntervalSeconds", "MaxAttempts",
      "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment");
  static final Set<String> CATCHER =
      set("ErrorEquals", "Next", "ResultPath", "Output", "Assign", "Comment");
  static final Set<String> ITEM_READER = set("Resource", "Parameters", "Arguments",
      "ReaderConfig");
  static final Set<String> READER_CONFIG = set("InputType", "CSVHeaderLocation", "CSVHeaders",
      "CSVDelimiter", "ManifestType", "MaxItems", "MaxItemsPath");
  static final Set<String> ITEM_BATCHER = set("MaxItemsPerBatch", "MaxItemsPerBatchPath",
      "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath", "BatchInput");
  static final Set<String> RESULT_WRITER =
      set("Resource", "Parameters", "Arguments", "WriterConfig");
  static final Set<String> WRITER_CONFIG = set("OutputType", "Transformation");

  /** Fields of a nested Choice rule (inside And/Or/Not). */
  static final Set<String> NESTED_RULE;

  /** Fields of a top-level Choice rule. */
  static final Set<String> TOP_RULE;

  static final List<String> QUERY_LANGUAGES = List.of("JSONPath", "JSONata");
  static final List<String> STATE_TYPES =
      List.of("Task", "Wait", "Pass", "Succeed", "Fail", "Choice", "Parallel", "Map");

  private static final Map<StateKind, Set<String>> STATE = new EnumMap<>(StateKind.class);

  static {
    Set<String> nested = new HashSet<>(
        List.of("And", "Or", "Not", "Variable", "Condition", "Comment"));
    for (ComparisonOperator op : ComparisonOperator.values()) {
      nested.add(op.fieldName());
      if (op.hasPathForm()) {
        nested.add(op.fieldName() + "Path");
      }
    }
    NESTED_RULE = Collections.unmodifiableSet(nested);
    Set<String> top = new HashSet<>(nested);
    top.addAll(List.of("Next", "Assign", "Output"));
    TOP_RULE = Collections.unmodifiableSet(top);

    List<String> base = List.of("Type", "Comment", "QueryLanguage");
    List<String> io = List.of("InputPath", "OutputPath");
    List<String> transition = List.of("Next", "End");
    put(StateKind.PASS, base, io, transition,
        List.of("Parameters", "Result", "ResultPath", "Output", "Assign"));
    put(StateKind.TASK, base, io, transition, List.of("Resource", "Parameters", "Arguments",
        "ResultSelector", "ResultPath", "TimeoutSeconds", "TimeoutSecondsPath",
        "HeartbeatSeconds", "HeartbeatSecondsPath", "Credentials", "Retry", "Catch", "Output",
        "Assign"));
    put(StateKind.CHOICE, base, io, List.of(), List.of("Choices", "Default", "Output", "Assign"));
    put(StateKind.WAIT, base, io, transition,
        List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath", "Output", "Assign"));
    put(StateKind.SUCCEED, base, io, List.of(), List.of("Output"));
    put(StateKind.FAIL, base, List.of(), List.of(),
        List.of("Error", "ErrorPath", "Cause", "CausePath"));
    put(StateKind.PARALLEL, base, io, transition, List.of("Branches", "Parameters", "Arguments",
        "ResultSelector", "ResultPath", "Retry", "Catch", "Output", "Assign"));
    put(StateKind.MAP, base, io, transition, List.of("ItemProcessor", "Iterator", "ItemsPath",
        "Items", "ItemSelector", "Parameters", "MaxConcurrency", "MaxConcurrencyPath",
        "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "ToleratedFailureCount",
        "ToleratedFailureCountPath", "ItemReader", "ItemBatcher", "ResultWriter", "Label",
        "ResultSelector", "ResultPath", "Retry", "Catch", "Output", "Assign", "Arguments"));
  }

  /** HashSet-backed: {@code contains} runs once per field of the document, where it is hot. */
  private static Set<String> set(String... names) {
    return Collections.unmodifiableSet(new HashSet<>(List.of(names)));
  }

  @SafeVarargs
  private static void put(StateKind kind, List<String>... groups) {
    Set<String> all = new HashSet<>();
    for (List<String> g : groups) {
      all.addAll(g);
    }
    STATE.put(kind, Collections.unmodifiableSet(all));
  }

  /** The fields a state of {@code kind} may have. */
  static Set<String> of(StateKind kind) {
    return STATE.get(kind);
  }
}
