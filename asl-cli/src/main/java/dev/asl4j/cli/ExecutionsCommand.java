package dev.asl4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.spi.ExecutionPage;
import dev.asl4j.interpreter.spi.StoreException;
import dev.asl4j.interpreter.spi.StoredExecution;
import dev.asl4j.store.jdbc.JdbcExecutionStore;
import dev.asl4j.store.jdbc.StoreOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code asl executions list|describe|history}: what a durable store holds, as JSON. */
@Command(
    name = "executions",
    mixinStandardHelpOptions = true,
    description = "Read the executions kept in a store (asl run --store): list, describe, history.",
    subcommands = {
      ExecutionsCommand.ListCommand.class,
      ExecutionsCommand.DescribeCommand.class,
      ExecutionsCommand.HistoryCommand.class
    })
final class ExecutionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** The options every subcommand shares and the code that opens the store. */
  abstract static class StoreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "FILE|JDBC-URL",
        description = "The store: an SQLite file, or a jdbc:postgresql:// URL.")
    String store;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try (JdbcExecutionStore s = JdbcExecutionStore.open(store,
          StoreOptions.defaults().withIntegrityCheck(false))) {
        return run(s, out, err);
      } catch (StoreException | IllegalArgumentException e) {
        err.println("asl executions " + spec.name() + ": " + e.getMessage());
        err.flush();
        return RunCommand.USAGE;
      } finally {
        out.flush();
      }
    }

    abstract int run(JdbcExecutionStore s, PrintWriter out, PrintWriter err);
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "One page of executions, newest first, as {\"executions\":[…],\"nextToken\":…}.")
  static final class ListCommand extends StoreCommand {
    @Option(names = "--state-machine", paramLabel = "ARN", description = "Only this machine's.")
    String machine;

    @Option(names = "--status", paramLabel = "STATUS",
        description = "Only RUNNING, SUCCEEDED, FAILED, TIMED_OUT or ABORTED ones.")
    ExecutionStatus status;

    @Option(names = "--max", defaultValue = "100", paramLabel = "N",
        description = "Page size, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--next-token", paramLabel = "TOKEN", description = "The page after this one.")
    String nextToken;

    @Override
    int run(JdbcExecutionStore s, PrintWriter out, PrintWriter err) {
      ExecutionPage p = s.list(machine, status, nextToken, max);
      ObjectNode o = JsonArgs.MAPPER.createObjectNode();
      ArrayNode a = o.putArray("executions");
      for (StoredExecution x : p.executions()) {
        a.add(summary(x));
      }
      p.nextToken().ifPresent(t -> o.put("nextToken", t));
      out.println(o);
      return RunCommand.OK;
    }
  }

  @Command(name = "describe", mixinStandardHelpOptions = true,
      description = "One execution with its input and output (exit 1 when there is none).")
  static final class DescribeCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "EXECUTION-ARN")
    String arn;

    @Override
    int run(JdbcExecutionStore s, PrintWriter out, PrintWriter err) {
      Optional<StoredExecution> x = s.find(arn);
      if (x.isEmpty()) {
        err.println("asl executions describe: no execution " + arn + " in " + store);
        err.flush();
        return RunCommand.FAILED;
      }
      ObjectNode o = summary(x.get());
      o.put("input", x.get().input());
      if (x.get().output() != null) {
        o.put("output", x.get().output());
      }
      o.put("events", x.get().eventCount());
      out.println(o);
      return RunCommand.OK;
    }
  }

  @Command(name = "history", mixinStandardHelpOptions = true,
      description = "An execution's history events, one JSON object per line.")
  static final class HistoryCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "EXECUTION-ARN")
    String arn;

    @Option(names = "--after", defaultValue = "0", paramLabel = "EVENT-ID",
        description = "Only events after this id (default: from the first).")
    long after;

    @Option(names = "--max", defaultValue = "1000", paramLabel = "N",
        description = "At most N events (default: ${DEFAULT-VALUE}).")
    int max;

    @Override
    int run(JdbcExecutionStore s, PrintWriter out, PrintWriter err) {
      if (s.find(arn).isEmpty()) {
        err.println("asl executions history: no execution " + arn + " in " + store);
        err.flush();
        return RunCommand.FAILED;
      }
      List<HistoryEvent> h = s.history(arn, after, Math.max(1, max));
      for (HistoryEvent e : h) {
        out.println(e.toJson());
      }
      return RunCommand.OK;
    }
  }

  static ObjectNode summary(StoredExecution x) {
    ObjectNode o = JsonArgs.MAPPER.createObjectNode();
    o.put("executionArn", x.executionArn());
    o.put("name", x.name());
    o.put("stateMachineArn", x.stateMachineArn());
    o.put("status", x.status().name());
    o.put("startDate", x.startTime().toString());
    if (x.stopTime() != null) {
      o.put("stopDate", x.stopTime().toString());
    }
    if (x.error() != null) {
      o.put("error", x.error());
    }
    if (x.cause() != null) {
      o.put("cause", x.cause());
    }
    if (x.redriveCount() > 0) {
      o.put("redriveCount", x.redriveCount());
    }
    return o;
  }
}
