package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.model.StateKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Fields that exclude each other (a value and its {@code *Path} form, a field and its legacy
 * name), Wait's exactly-one duration, and HeartbeatSeconds below TimeoutSeconds. Distributed-only
 * fields on an inline Map are only a warning: AWS accepts them there.
 */
final class ExclusiveFieldsRule implements Rule {
  private static final String[][] VALUE_OR_PATH = {
    {"TimeoutSeconds", "TimeoutSecondsPath"},
    {"HeartbeatSeconds", "HeartbeatSecondsPath"},
    {"Error", "ErrorPath"},
    {"Cause", "CausePath"},
    {"MaxConcurrency", "MaxConcurrencyPath"},
    {"ToleratedFailureCount", "ToleratedFailureCountPath"},
    {"ToleratedFailurePercentage", "ToleratedFailurePercentagePath"},
    {"ItemSelector", "Parameters"},
    {"Items", "ItemsPath"},
  };
  private static final String[] WAIT = {"Seconds", "SecondsPath", "Timestamp", "TimestampPath"};
  private static final String[] DISTRIBUTED_ONLY = {
    "ItemReader", "ItemBatcher", "ResultWriter", "Label"
  };

  @Override
  public void check(Definition def, Sink sink) {
    for (StateNode s : def.states()) {
      if (s.kind() == null) {
        continue;
      }
      for (String[] pair : VALUE_OR_PATH) {
        // Parameters is the legacy ItemSelector only on Map; elsewhere it stands alone.
        if (!pair[0].equals("ItemSelector") || s.kind() == StateKind.MAP) {
          pair(s.node(), s.pointer(), pair[0], pair[1], sink);
        }
      }
      switch (s.kind()) {
        case WAIT:
          wait(s, sink);
          break;
        case TASK:
          heartbeat(s, sink);
          break;
        case MAP:
          map(s, sink);
          break;
        default:
          break;
      }
    }
  }

  private static void wait(StateNode s, Sink sink) {
    List<String> present = new ArrayList<>();
    for (String f : WAIT) {
      if (s.has(f)) {
        present.add(f);
      }
    }
    if (present.isEmpty()) {
      sink.errorAtKey(DiagnosticCode.EXCLUSIVE_FIELDS, s.pointer(), "A Wait state needs exactly "
          + "one of 'Seconds', 'SecondsPath', 'Timestamp' or 'TimestampPath'");
    }
    if (present.size() > 1) {
      sink.errorOnKey(DiagnosticCode.EXCLUSIVE_FIELDS, s.pointer(), present.get(1),
          "There should only be one of the following fields: [" + String.join(", ", present)
              + "]");
    }
  }

  private static void heartbeat(StateNode s, Sink sink) {
    JsonNode hb = s.field("HeartbeatSeconds");
    JsonNode to = s.field("TimeoutSeconds");
    if (hb != null && to != null && hb.isIntegralNumber() && to.isIntegralNumber()
        && hb.asLong() >= to.asLong()) {
      sink.error(DiagnosticCode.EXCLUSIVE_FIELDS, s.pointer("HeartbeatSeconds"),
          "HeartbeatSeconds (" + hb.asLong() + ") must be smaller than TimeoutSeconds ("
              + to.asLong() + ")");
    }
  }

  private static void map(StateNode s, Sink sink) {
    boolean processor = s.has("ItemProcessor");
    boolean iterator = s.has("Iterator");
    if (processor && iterator) {
      sink.errorOnKey(DiagnosticCode.EXCLUSIVE_FIELDS, s.pointer(), "Iterator",
          "There should only be one of the following fields: [ItemProcessor, Iterator]");
    } else if (!processor && !iterator) {
      sink.errorAtKey(DiagnosticCode.EXCLUSIVE_FIELDS, s.pointer(),
          "A Map state needs an 'ItemProcessor' (or the older 'Iterator')");
    }
    JsonNode batcher = s.field("ItemBatcher");
    if (batcher != null) {
      pair(batcher, s.pointer("ItemBatcher"), "MaxItemsPerBatch", "MaxItemsPerBatchPath", sink);
      pair(batcher, s.pointer("ItemBatcher"), "MaxInputBytesPerBatch",
          "MaxInputBytesPerBatchPath", sink);
    }
    JsonNode config = s.node().path("ItemReader").path("ReaderConfig");
    if (config.isObject()) {
      pair(config, Pointers.child(s.pointer("ItemReader"), "ReaderConfig"), "MaxItems",
          "MaxItemsPath", sink);
    }
    JsonNode proc = s.field(processor ? "ItemProcessor" : "Iterator");
    boolean distributed = proc != null
        && "DISTRIBUTED".equals(proc.path("ProcessorConfig").path("Mode").asText(""));
    if (!distributed) {
      for (String f : DISTRIBUTED_ONLY) {
        if (s.has(f)) {
          sink.warning(DiagnosticCode.EXCLUSIVE_FIELDS, s.pointer(f), "'" + f + "' is a "
              + "Distributed Map field, but this Map's ProcessorConfig.Mode is not DISTRIBUTED");
        }
      }
    }
  }

  private static void pair(JsonNode holder, String pointer, String a, String b, Sink sink) {
    if (holder.isObject() && holder.has(a) && holder.has(b)) {
      sink.errorOnKey(DiagnosticCode.EXCLUSIVE_FIELDS, pointer, b,
          "There should only be one of the following fields: [" + a + ", " + b + "]");
    }
  }
}
