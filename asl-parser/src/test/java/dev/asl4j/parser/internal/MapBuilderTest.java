package dev.asl4j.parser.internal;

import static dev.asl4j.parser.internal.Parsing.errorLines;
import static dev.asl4j.parser.internal.Parsing.single;
import static dev.asl4j.parser.internal.Parsing.singleJsonata;
import static dev.asl4j.parser.internal.Parsing.stateA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.ItemProcessor;
import dev.asl4j.parser.model.ItemReader;
import dev.asl4j.parser.model.MapState;
import dev.asl4j.parser.model.QueryLanguage;
import dev.asl4j.parser.model.ResultWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both Map forms, the distributed fields, and their checks. */
class MapBuilderTest {
  private static final String INNER = "\"StartAt\": \"I\", \"States\": {\"I\": {\"Type\": \"Succeed\"}}";

  @Test
  void legacyInlineForm() {
    MapState m = stateA(single("{\"Type\": \"Map\", \"End\": true, \"ItemsPath\": \"$.items\", "
        + "\"Parameters\": {\"v.$\": \"$$.Map.Item.Value\"}, \"MaxConcurrency\": 2, "
        + "\"Iterator\": {" + INNER + "}}"));
    ItemProcessor p = m.processor();
    assertThat(p.fieldName()).isEqualTo("Iterator");
    assertThat(p.mode()).isEqualTo(ItemProcessor.ProcessorMode.INLINE);
    assertThat(p.graph().pointer()).isEqualTo("/States/A/Iterator");
    assertThat(p.graph().states().get("I").pointer()).isEqualTo("/States/A/Iterator/States/I");
    assertThat(m.itemsPath().text()).isEqualTo("$.items");
    assertThat(m.parameters().orElseThrow()).isInstanceOf(Template.Obj.class);
    assertThat(m.itemSelector()).isEmpty();
    assertThat(m.maxConcurrency().orElseThrow()).isInstanceOf(Template.Literal.class);
  }

  @Test
  void distributedForm() {
    MapState m = stateA(single("""
        {"Type": "Map", "End": true, "Label": "Lbl",
         "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                           "StartAt": "I", "States": {"I": {"Type": "Succeed"}}},
         "ItemSelector": {"item.$": "$$.Map.Item.Value"},
         "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                        "Parameters": {"Bucket": "b", "Key.$": "$.key"},
                        "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "GIVEN",
                                         "CSVHeaders": ["a", "b"], "CSVDelimiter": "PIPE",
                                         "MaxItemsPath": "$.max"}},
         "ItemBatcher": {"MaxItemsPerBatch": 10, "MaxInputBytesPerBatchPath": "$.bytes",
                         "BatchInput": {"k.$": "$.k"}},
         "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                          "Parameters": {"Bucket": "b", "Prefix": "p"},
                          "WriterConfig": {"OutputType": "JSONL", "Transformation": "COMPACT"}},
         "ToleratedFailurePercentage": 5.5, "ToleratedFailureCountPath": "$.n",
         "ResultPath": null}"""));
    assertThat(m.processor().mode()).isEqualTo(ItemProcessor.ProcessorMode.DISTRIBUTED);
    assertThat(m.processor().executionType()).contains("EXPRESS");
    assertThat(m.label()).contains("Lbl");
    assertThat(m.itemSelector().orElseThrow()).isInstanceOf(Template.Obj.class);
    ItemReader r = m.itemReader().orElseThrow();
    assertThat(r.pointer()).isEqualTo("/States/A/ItemReader");
    assertThat(r.resource()).isEqualTo("arn:aws:states:::s3:getObject");
    ItemReader.ReaderConfig c = r.readerConfig().orElseThrow();
    assertThat(c.pointer()).isEqualTo("/States/A/ItemReader/ReaderConfig");
    assertThat(c.inputType()).contains("CSV");
    assertThat(c.csvHeaderLocation()).contains("GIVEN");
    assertThat(c.csvHeaders()).contains(List.of("a", "b"));
    assertThat(c.csvDelimiter()).contains("PIPE");
    assertThat(c.maxItems().orElseThrow()).isInstanceOf(Template.PathValue.class);
    assertThat(m.itemBatcher().orElseThrow().maxItemsPerBatch()).isPresent();
    assertThat(m.itemBatcher().orElseThrow().maxInputBytesPerBatch().orElseThrow().pointer())
        .isEqualTo("/States/A/ItemBatcher/MaxInputBytesPerBatchPath");
    assertThat(m.itemBatcher().orElseThrow().batchInput().orElseThrow().isStatic()).isFalse();
    ResultWriter w = m.resultWriter().orElseThrow();
    assertThat(w.resource()).contains("arn:aws:states:::s3:putObject");
    assertThat(w.writerConfig().orElseThrow().outputType()).contains("JSONL");
    assertThat(w.writerConfig().orElseThrow().transformation()).contains("COMPACT");
    assertThat(m.toleratedFailurePercentage()).isPresent();
    assertThat(m.toleratedFailureCount().orElseThrow()).isInstanceOf(Template.PathValue.class);
    assertThat(m.resultPath()).isEqualTo(Path.NULL);
  }

  @Test
  void jsonataMap() {
    MapState m = stateA(singleJsonata("{\"Type\": \"Map\", \"End\": true, "
        + "\"Items\": \"{% $states.input.list %}\", \"ItemSelector\": {\"v\": "
        + "\"{% $states.context.Map.Item.Value %}\"}, \"MaxConcurrency\": \"{% 2 %}\", "
        + "\"ItemProcessor\": {" + INNER + "}}"));
    assertThat(m.queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
    assertThat(m.items().orElseThrow()).isInstanceOf(Template.JsonataValue.class);
    assertThat(m.itemSelector().orElseThrow()).isInstanceOf(Template.Obj.class);
    assertThat(m.maxConcurrency().orElseThrow()).isInstanceOf(Template.JsonataValue.class);
    assertThat(m.itemsPath()).isEqualTo(Path.ROOT);
  }

  @Test
  void rangesEnumsAndUnknownFields() {
    assertThat(errorLines(single("""
        {"Type": "Map", "End": true, "ToleratedFailurePercentage": 101, "MaxConcurrency": -1,
         "ItemsPath": null,
         "ItemProcessor": {"ProcessorConfig": {"Mode": "SOMETIMES"}, "QueryLanguage": "JSONata",
                           "StartAt": "I", "States": {"I": {"Type": "Succeed"}}},
         "ItemReader": {"Resource": "arn:x", "ReaderConfig": {"InputType": "XML", "MaxItems": -2}},
         "ResultWriter": {"WriterConfig": {"OutputType": "CSV"}}}"""))).containsExactlyInAnyOrder(
            "/States/A/ItemsPath: Expected value of type String",
            "/States/A/ItemProcessor: Field 'QueryLanguage' is not supported",
            "/States/A/ItemProcessor/ProcessorConfig/Mode: The field 'Mode' should have one of "
                + "these values: [INLINE, DISTRIBUTED]",
            "/States/A/ItemReader/ReaderConfig/InputType: The field 'InputType' should have one "
                + "of these values: [CSV, JSON, JSONL, MANIFEST, PARQUET]",
            "/States/A/ItemReader/ReaderConfig/MaxItems: Minimum value is 0",
            "/States/A/ResultWriter/WriterConfig/OutputType: The field 'OutputType' should have "
                + "one of these values: [JSON, JSONL]",
            "/States/A/ToleratedFailurePercentage: Maximum value is 100.0",
            "/States/A/MaxConcurrency: Minimum value is 0");
  }

  @Test
  void missingProcessorIsLeftToTheValidator() {
    MapState m = Parsing.parse(single("{\"Type\": \"Map\", \"End\": true}")).model()
        .map(sm -> (MapState) sm.states().get("A")).orElseThrow();
    assertThat(m.processor().graph().states()).isEmpty();
    assertThat(m.processor().fieldName()).isEqualTo("ItemProcessor");
  }
}
