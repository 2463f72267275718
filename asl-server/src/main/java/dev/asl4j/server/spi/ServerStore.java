package dev.asl4j.server.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * Where {@code asl serve} keeps its records: state machines, their revisions and versions,
 * aliases, executions, activities and tags. Each record is a JSON document (the shape the API
 * describes it in, plus a few private fields), keyed by its ARN and filed under a parent ARN, so a
 * durable implementation needs one table: kind, ARN, parent, document. The server treats the
 * documents as immutable values: it puts a new one to change a record.
 *
 * <pre>{@code
 * AslServer server = AslServer.builder().store(new InMemoryServerStore(100_000)).build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe. The live part of a running execution (its timers,
 * tokens and history) stays in the engine; the store holds what DescribeExecution reports.
 */
public interface ServerStore {
  /** What a record is. */
  enum Kind {
    STATE_MACHINE,
    /** One revision (definition + role) of a state machine; parent: the state machine. */
    REVISION,
    /** A published version; parent: the state machine. */
    VERSION,
    /** An alias; parent: the state machine. */
    ALIAS,
    /** An execution; parent: the (unqualified) state machine. */
    EXECUTION,
    ACTIVITY,
    /** The tags of a resource, keyed by the resource's ARN. */
    TAGS
  }

  /** Adds or replaces the record {@code arn} of {@code kind}. */
  void put(Kind kind, String arn, String parentArn, ObjectNode document);

  /** The record, if any. */
  Optional<ObjectNode> get(Kind kind, String arn);

  /**
   * The records of {@code kind} filed under {@code parentArn} (every record of the kind when
   * null), oldest first.
   */
  List<ObjectNode> list(Kind kind, String parentArn);

  /** Removes the record; true when there was one. */
  boolean delete(Kind kind, String arn);
}
