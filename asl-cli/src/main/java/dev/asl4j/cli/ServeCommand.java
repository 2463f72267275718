package dev.asl4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.server.AslServer;
import dev.asl4j.server.spi.JdbcServerStore;
import dev.asl4j.store.jdbc.JdbcExecutionStore;
import dev.asl4j.store.jdbc.StoreOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code asl serve}: a Step Functions–compatible endpoint and web console until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the AWS Step Functions API (JSON 1.0 protocol, as the AWS SDKs, the aws CLI and",
      "Terraform speak it) and a web console on one port, until interrupted (Ctrl-C).",
      "A drop-in for Step Functions Local: port 8083, its MockConfigFile.json, ARN#TestCase."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:stopped", "2:usage error: bad option, unreadable mocks, port in use"})
final class ServeCommand implements Callable<Integer> {
  private static final int MAX_EXECUTIONS = 100_000;

  @Spec CommandSpec spec;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "Address to bind (default 127.0.0.1; anything else is reachable from the network).")
  String host;

  @Option(names = "--port", defaultValue = "8083", paramLabel = "PORT",
      description = "Port (default 8083, as Step Functions Local; 0 picks a free one).")
  int port;

  @Option(names = "--mocks", paramLabel = "FILE",
      description = "Step Functions Local's MockConfigFile.json: start executions on ARN#TestCase to use it.")
  Path mocks;

  @Option(names = "--store", paramLabel = "FILE.db|JDBC-URL",
      description = {"Keep everything durably: an SQLite file (executions in FILE.db, the server's",
          "records in FILE.serve.db) or a jdbc:postgresql: URL; a restart resumes what was running.",
          "Default: in memory."})
  String store;

  @Option(names = "--wait-time-scale", defaultValue = "1", paramLabel = "F",
      description = "Multiply the delays of Wait states and retry back-offs by F (0 = at once); timeouts keep their length.")
  double waitTimeScale;

  @Option(names = "--region", defaultValue = "us-east-1", paramLabel = "REGION",
      description = "Region in the ARNs the server makes (default us-east-1).")
  String region;

  @Option(names = "--account", defaultValue = "123456789012", paramLabel = "ID",
      description = "Account id in the ARNs the server makes (default 123456789012).")
  String account;

  @Option(names = "--max-body-bytes", defaultValue = "1048576", paramLabel = "N",
      description = "Largest request body; larger ones get a ValidationException (default 1 MiB).")
  int maxBodyBytes;

  /** Tests: told the running server, and stop it by counting down {@link #stop}. */
  Consumer<AslServer> onStarted = s -> {};
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AslServer server;
    try {
      openStores();
      server = start(err);
    } catch (UsageException e) {
      closeStores();
      err.println("asl serve: " + e.getMessage());
      err.flush();
      return RunCommand.USAGE;
    }
    Thread hook = new Thread(() -> {
      server.close();
      closeStores();
    }, "asl-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("asl serve: Step Functions endpoint and console at " + server.endpoint());
    out.flush();
    onStarted.accept(server);
    try {
      stop.await();
    } finally {
      server.close();
      closeStores();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down
      }
    }
    return RunCommand.OK;
  }

  private JdbcExecutionStore executions;
  private JdbcServerStore records;

  /** {@code --store}: the engine's execution store and the server's records beside it. */
  private void openStores() throws UsageException {
    if (store == null) {
      return;
    }
    String recordsUrl;
    if (store.startsWith("jdbc:postgresql:")) {
      recordsUrl = store;
    } else if (store.startsWith("jdbc:")  && !store.startsWith("jdbc:sqlite:")) {
      throw new UsageException("--store " + store + ": give an SQLite file or a jdbc:postgresql: URL");
    } else {
      String file = store.startsWith("jdbc:sqlite:") ? store.substring(12) : store;
      recordsUrl = "jdbc:sqlite:" + (file.endsWith(".db")
          ? file.substring(0, file.length() - 3) + ".serve.db" : file + ".serve");
    }
    try {
      executions = JdbcExecutionStore.open(store, StoreOptions.defaults());
      records = JdbcServerStore.open(recordsUrl, MAX_EXECUTIONS);
    } catch (RuntimeException e) {
      throw new UsageException("--store " + store + ": " + e.getMessage());
    }
  }

  private synchronized void closeStores() {
    JdbcServerStore r = records;
    JdbcExecutionStore x = executions;
    records = null;
    executions = null;
    try {
      if (r != null) {
        r.close();
      }
    } finally {
      if (x != null) {
        x.close();
      }
    }
  }

  private AslServer start(PrintWriter err) throws UsageException {
    AslServer.Builder b = AslServer.builder();
    if (executions != null) {
      b.executionStore(executions).store(records);
    }
    try {
      b.host(host).port(port).region(region).account(account).waitTimeScale(waitTimeScale)
          .maxBodyBytes(maxBodyBytes);
      if (mocks != null) {
        JsonNode config = JsonArgs.readFile(mocks, "--mocks " + mocks);
        b.mockConfig(config);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try {
      if (!InetAddress.getByName(host).isLoopbackAddress()) {
        err.println("asl serve: warning: listening on " + host
            + ", reachable from other machines; the API has no authentication");
        err.flush();
      }
      return b.start();
    } catch (UnknownHostException e) {
      throw new UsageException("--host " + host + ": unknown host");
    } catch (BindException e) {
      throw new UsageException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UsageException("cannot start the server: " + e.getMessage());
    }
  }
}
