package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One {@link StateMachineDefinition} run from eight threads at once gives, every time, the output
 * and history shape a lone run gives: the compiled plan (paths, templates, intrinsics, JSONata,
 * Choice rules, Map and Parallel) holds no per-execution state.
 */
class ConcurrentRunTest {
  private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:price";
  private static final int THREADS = 8;
  private static final int RUNS_PER_THREAD = 40;

  @Test
  void eightThreadsGetTheResultOfASequentialRun() throws Exception {
    AslEngine engine = AslEngine.builder().scheduler(new VirtualTimeScheduler())
        .taskHandler(FN, r -> Json.parse("{'price':" + (r.input().path("qty").asInt() * 3) + "}"))
        .build();
    StateMachineDefinition d = engine.load(definition("{'StartAt':'Prep','States':{"
        + "'Prep':{'Type':'Pass','Parameters':{'items.$':'$.items','n.$':'States.ArrayLength($.items)',"
        + "'tag.$':'States.Format(`order-{}`, $.id)','hash.$':'States.Hash($.id, `SHA-256`)'},"
        + "'Next':'Split'},"
        + "'Split':{'Type':'Parallel','ResultPath':'$.par','Next':'Each','Branches':["
        + "{'StartAt':'Sum','States':{'Sum':{'Type':'Pass','Parameters':{"
        + "'s.$':'States.MathAdd($.n, 100)'},'End':true}}},"
        + "{'StartAt':'Big','States':{'Big':{'Type':'Choice','Choices':[{'Variable':'$.n',"
        + "'NumericGreaterThan':3,'Next':'Many'}],'Default':'Few'},"
        + "'Many':{'Type':'Pass','Result':'many','End':true},"
        + "'Few':{'Type':'Pass','Result':'few','End':true}}}]},"
        + "'Each':{'Type':'Map','ItemsPath':'$.items','ResultPath':'$.priced','Next':'Total',"
        + "'ItemProcessor':{'StartAt':'Price','States':{'Price':{'Type':'Task','Resource':'" + FN
        + "','ResultSelector':{'p.$':'$.price'},'End':true}}}},"
        + "'Total':{'Type':'Pass','QueryLanguage':'JSONata','Output':"
        + "'{% {`tag`: $states.input.tag, `total`: $sum($states.input.priced.p),"
        + " `par`: $states.input.par, `hash`: $states.input.hash} %}','End':true}}}"));

    List<JsonNode> inputs = new ArrayList<>();
    for (int i = 0; i < RUNS_PER_THREAD; i++) {
      StringBuilder items = new StringBuilder();
      for (int k = 0; k <= i % 6; k++) {
        items.append(k == 0 ? "" : ",").append("{'qty':").append(i + k).append('}');
      }
      inputs.add(Json.parse("{'id':'o-" + i + "','items':[" + items + "]}"));
    }
    List<String> expected = new ArrayList<>();
    for (JsonNode in : inputs) {
      expected.add(fingerprint(d.run(in)));
    }
    assertThat(expected.get(5)).contains("\"total\":" + 3 * (5 + 6 + 7 + 8 + 9 + 10));

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          List<String> got = new ArrayList<>();
          for (int i = 0; i < RUNS_PER_THREAD; i++) {
            int k = (i + offset) % RUNS_PER_THREAD; // threads run the inputs in different orders
            got.add(k + ":" + fingerprint(d.run(inputs.get(k))));
          }
          return got;
        }));
      }
      for (Future<List<String>> f : futures) {
        for (String line : f.get(60, TimeUnit.SECONDS)) {
          int k = Integer.parseInt(line.substring(0, line.indexOf(':')));
          assertThat(line.substring(line.indexOf(':') + 1)).isEqualTo(expected.get(k));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** JSON with ' for double quotes and ` for the single quotes intrinsics and JSONata need. */
  private static JsonNode definition(String text) throws Exception {
    return new ObjectMapper().readTree(text.replace('\'', '"').replace('`', '\''));
  }

  /** Status, output and the event types and ids in order (timestamps and ARNs left out). */
  private static String fingerprint(ExecutionResult r) {
    return r.status() + " " + r.error() + " " + r.output() + " "
        + r.history().stream().map(e -> e.id() + "<" + e.previousEventId() + ":" + e.type())
            .collect(Collectors.joining(","));
  }
}
