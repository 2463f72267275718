package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.parser.model.ItemProcessor;
import dev.asl4j.parser.model.ItemReader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import dev.asl4j.parser.model.MapState;

/**
 * {@code Map}, inline or distributed: reads the items, builds each iteration's input (ItemSelector
 * with {@code $$.Map.Item}, batching), and lets a {@link MapJoin} run the iterations as child
 * fibers within MaxConcurrency and the tolerated-failure limits. Results keep input order.
 */
final class MapNode extends ResultNode {
  final MapState state;
  final Graph processor;
  final boolean distributed;
  private final Path itemsPath;
  private final Template itemSelector;

  MapNode(MapState s, Graph processor) {
    super(s, s.resultSelector(), s.resultPath(),
        EventType.MAP_STATE_ENTERED, EventType.MAP_STATE_EXITED);
    this.state = s;
    this.processor = processor;
    this.distributed = s.processor().mode() == ItemProcessor.ProcessorMode.DISTRIBUTED;
    this.itemsPath = s.itemsPath();
    this.itemSelector = s.itemSelector().or(s::parameters).orElse(null);
  }

  @Override
  Outcome execute(Fiber f) {
    JsonNode raw = f.stateInput;
    JsonNode in = jsonata ? raw : DataFlow.select(inputPath, raw, f);
    if (state.itemReader().isEmpty()) {
      return run(f, in, null);
    }
    ItemReader reader = state.itemReader().get();
    CompletionStage<JsonNode> stage = ItemReaders.call(f, reader, in);
    CompletableFuture<JsonNode> cf = stage.toCompletableFuture();
    if (cf.isDone()) {
      JsonNode v;
      try {
        v = cf.join();
      } catch (RuntimeException e) {
        return readFailed(f, e);
      }
      return run(f, in, ItemReaders.items(f, reader, v, in));
    }
    Object token = f.await();
    f.run.beginExternal();
    stage.whenComplete((v, e) -> {
      try {
        f.resume(token, g -> e != null ? readFailed(g, e)
            : run(g, in, ItemReaders.items(g, reader, v, in)));
      } finally {
        f.run.endExternal();
      }
    });
    return Outcome.SUSPEND;
  }

  private static Outcome readFailed(Fiber f, Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && !(t instanceof TaskFailedException)) {
      t = t.getCause();
    }
    String cause = t instanceof TaskFailedException
        ? ((TaskFailedException) t).error() + ": " + ((TaskFailedException) t).errorCause()
        : t.toString();
    return f.fail(ItemReaders.FAILED, cause);
  }

  private Outcome run(Fiber f, JsonNode in, JsonNode read) {
    MapConfig cfg = MapConfig.evaluate(f, this, in, read);
    if (cfg.failure != null) {
      return cfg.failure;
    }
    JsonNode items = cfg.items;
    Ev started = f.event(EventType.MAP_STATE_STARTED);
    started.a = items.size();
    f.record(started);
    cfg.limits(f, this, in);
    if (cfg.failure != null) {
      return cfg.failure;
    }
    MapJoin j = new MapJoin(f, this, cfg);
    if (distributed) {
      Ev run = f.event(EventType.MAP_RUN_STARTED);
      run.extra = mapRunArn(f);
      j.mapRunArn = run.extra;
      f.record(run);
    }
    JsonNode[] inputs = new JsonNode[items.size()];
    String source = itemSelector == null ? null : ItemReaders.source(f, state.itemReader(), in);
    for (int i = 0; i < inputs.length; i++) {
      JsonNode item = items.get(i);
      inputs[i] = itemInput(f, in, i, item, source);
    }
    return j.begin(MapConfig.batch(f, cfg, inputs, in));
  }

  private JsonNode itemInput(Fiber f, JsonNode in, int index, JsonNode item, String source) {
    if (itemSelector == null) {
      return item;
    }
    ItemScope scope = new ItemScope(f, index, item, source);
    if (jsonata) {
      return JsonataFlow.itemSelector(f, scope, itemSelector, in);
    }
    if (itemSelector instanceof Template.Literal) {
      return ((Template.Literal) itemSelector).value();
    }
    return Exprs.evaluate(f, itemSelector, in, scope);
  }

  private String mapRunArn(Fiber f) {
    String label = state.label().orElse(name);
    return f.run.machine.arn().replace(":stateMachine:", ":mapRun:") + "/" + label + ":"
        + EngineCore.uuid(f.run.random().nextLong(), f.run.random().nextLong());
  }

  Path itemsPath() {
    return itemsPath;
  }

  @Override
  EventType abort(Fiber f) {
    if (f.pending instanceof MapJoin) {
      ((MapJoin) f.pending).abortAll(null);
    }
    return EventType.MAP_STATE_ABORTED;
  }
}
