package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asl4j.interpreter.spi.Claim;
import dev.asl4j.interpreter.spi.ExecutionStore;
import dev.asl4j.interpreter.spi.StoreException;
import dev.asl4j.interpreter.spi.StoredDefinition;
import dev.asl4j.interpreter.spi.StoredExecution;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims a store's unfinished executions and resumes each in this engine, with the exact
 * definition it started with. An execution whose checkpoint cannot be read is logged and left as
 * it is in the store (still claimed by this engine, so it is not tried again until the lease
 * goes).
 */
public final class Resumer {
  private static final Logger LOG = LoggerFactory.getLogger(Resumer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PAGE = 1000;

  private final EngineCore core;
  private final Function<StoredDefinition, CompiledMachine> loader;
  private final Map<String, CompiledMachine> machines = new HashMap<>();

  /** @param loader validates and compiles a stored definition (the engine's {@code load}) */
  public Resumer(EngineCore core, Function<StoredDefinition, CompiledMachine> loader) {
    this.core = core;
    this.loader = loader;
  }

  /** Claims and resumes every free unfinished execution; returns how many were resumed. */
  public synchronized int resumeAll() {
    ExecutionStore store = core.store();
    int n = 0;
    for (; ; ) {
      List<Claim> claims = store.claim(store.leaseDuration(), PAGE);
      if (claims.isEmpty()) {
        return n;
      }
      for (Claim c : claims) {
        if (core.live(c.execution().executionArn()) != null) {
          continue; // this engine still advances it (a lease renewed late): nothing to resume
        }
        try {
          resume(c);
          n++;
        } catch (RuntimeException e) {
          LOG.error("cannot resume execution {}: {}", c.execution().executionArn(), e.toString());
        }
      }
    }
  }

  private void resume(Claim c) {
    StoredExecution x = c.execution();
    CompiledMachine m = machines.get(x.definitionId());
    if (m == null) {
      StoredDefinition d = core.store().definition(x.definitionId()).orElseThrow(() ->
          new StoreException(core.store().describe() + ": execution " + x.executionArn()
              + " names definition " + x.definitionId() + ", which is not stored"));
      m = loader.apply(d);
      machines.put(x.definitionId(), m);
    }
    JsonNode snapshot = parse(c.state(), x);
    if (snapshot.path("v").asInt() != Snapshots.VERSION) {
      throw new StoreException("checkpoint version " + snapshot.path("v") + " is not "
          + Snapshots.VERSION);
    }
    JsonNode id = snapshot.path("id");
    RunIdentity identity = new RunIdentity(x.executionArn(), x.name(), id.path("role").asText(),
        x.startTime(), id.path("machineArn").asText(x.stateMachineArn()),
        id.path("machineName").asText(m.name()));
    Run r = new Run(core, m, identity, parse(x.input(), x), c.fence(), (int) x.eventCount(),
        x.redriveCount());
    core.track(r);
    r.resume(snapshot);
  }

  private static JsonNode parse(String text, StoredExecution x) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new StoreException("execution " + x.executionArn() + " has a damaged checkpoint: "
          + e.getMessage(), e);
    }
  }
}
