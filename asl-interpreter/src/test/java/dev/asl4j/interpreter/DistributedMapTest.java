package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.spi.InMemoryS3;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import org.junit.jupiter.api.Test;

class DistributedMapTest {
  private final InMemoryS3 s3 = new InMemoryS3();
  private final AslEngine engine =
      AslEngine.builder().scheduler(new VirtualTimeScheduler()).taskResolver(s3).build();

  private StateMachineDefinition map(String reader, String extra) {
    return engine.load(Json.parse("{'StartAt':'M','States':{'M':{'Type':'Map','ItemReader':" + reader
        + ",'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'STANDARD'},"
        + "'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}" + extra + ",'End':true}}}"));
  }

  @Test
  void readsCsvWithAHeaderRow() {
    s3.put("in", "orders.csv", "id,qty\n1,2\n\"3,5\",4\n");
    ExecutionResult r = map("{'Resource':'arn:aws:states:::s3:getObject','ReaderConfig':{"
        + "'InputType':'CSV','CSVHeaderLocation':'FIRST_ROW'},'Parameters':{'Bucket':'in',"
        + "'Key':'orders.csv'}}", "").run(Json.parse("{}"));
    assertThat(r.output()).isEqualTo(Json.parse("[{'id':'1','qty':'2'},{'id':'3,5','qty':'4'}]"));
  }

  @Test
  void readsJsonLinesUpToMaxItems() {
    s3.put("in", "x.jsonl", "{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n");
    ExecutionResult r = map("{'Resource':'arn:aws:states:::s3:getObject','ReaderConfig':{"
        + "'InputType':'JSONL','MaxItems':2},'Parameters':{'Bucket':'in','Key':'x.jsonl'}}", "")
        .run(Json.parse("{}"));
    assertThat(r.output()).isEqualTo(Json.parse("[{'a':1},{'a':2}]"));
  }

  @Test
  void listsObjects() {
    s3.put("logs", "2024/a.log", "x").put("logs", "2024/b.log", "yy").put("logs", "2023/c.log", "z");
    ExecutionResult r = map("{'Resource':'arn:aws:states:::s3:listObjectsV2','Parameters':{"
        + "'Bucket':'logs','Prefix':'2024/'}}", "").run(Json.parse("{}"));
    assertThat(r.output()).hasSize(2);
    assertThat(r.output().get(1).path("Key").asText()).isEqualTo("2024/b.log");
  }

  @Test
  void missingObjectFailsTheReader() {
    ExecutionResult r = map("{'Resource':'arn:aws:states:::s3:getObject','ReaderConfig':{"
        + "'InputType':'JSON'},'Parameters':{'Bucket':'in','Key':'none.json'}}", "").run(Json.parse("{}"));
    assertThat(r.error()).isEqualTo("States.ItemReaderFailed");
  }

  @Test
  void resultWriterStoresResultFilesAndAManifest() {
    s3.put("in", "items.json", "[1,2,3]");
    ExecutionResult r = map("{'Resource':'arn:aws:states:::s3:getObject','ReaderConfig':{"
        + "'InputType':'JSON'},'Parameters':{'Bucket':'in','Key':'items.json'}}",
        ",'ResultWriter':{'Resource':'arn:aws:states:::s3:putObject','Parameters':{'Bucket':'out',"
            + "'Prefix':'runs'}}").run(Json.parse("{}"));
    JsonNode details = r.output().path("ResultWriterDetails");
    assertThat(details.path("Bucket").asText()).isEqualTo("out");
    String manifest = s3.get("out", details.path("Key").asText()).orElseThrow();
    JsonNode m = Json.parse(manifest.replace('"', '\''));
    String succeededKey = m.path("ResultFiles").path("SUCCEEDED").get(0).path("Key").asText();
    JsonNode results = Json.parse(s3.get("out", succeededKey).orElseThrow().replace('"', '\''));
    assertThat(results).hasSize(3);
    assertThat(results.get(2).path("Output").asText()).isEqualTo("3");
  }

  @Test
  void itemBatcherGroupsItems() {
    ExecutionResult r = engine.load(Json.parse("{'StartAt':'M','States':{'M':{'Type':'Map',"
        + "'ItemBatcher':{'MaxItemsPerBatch':2,'BatchInput':{'tag':'t'}},'ItemProcessor':{"
        + "'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'STANDARD'},'StartAt':'P',"
        + "'States':{'P':{'Type':'Pass','End':true}}},'End':true}}}")).run(Json.parse("[1,2,3]"));
    assertThat(r.output()).isEqualTo(Json.parse(
        "[{'BatchInput':{'tag':'t'},'Items':[1,2]},{'BatchInput':{'tag':'t'},'Items':[3]}]"));
  }
}
