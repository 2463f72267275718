package dev.asl4j.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.graph.GraphFormat;
import dev.asl4j.graph.GraphOverlay;
import dev.asl4j.graph.StateGraph;
import dev.asl4j.parser.model.StateMachine;
import dev.asl4j.parser.model.StateMachineType;
import dev.asl4j.server.spi.ServerStore.Kind;
import dev.asl4j.validator.AslValidator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The web console's GET side: the page and its script from the jar, the state machine or
 * execution graph as SVG (the path taken and the failed state marked), and the pending task
 * tokens. Everything else the page needs it asks the JSON API itself, like any client.
 */
final class Console {
  private static final Map<String, String> FILES = Map.of(
      "/", "index.html", "/index.html", "index.html",
      "/console/app.js", "app.js", "/console/style.css", "style.css");

  private final Core core;
  private final ParkedCallbacks parked;
  private final AslValidator validator = AslValidator.create();

  Console(Core core, ParkedCallbacks parked) {
    this.core = core;
    this.parked = parked;
  }

  void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    Map<String, String> q = query(x.getRequestURI().getRawQuery());
    try {
      if (!x.getRequestMethod().equals("GET")) {
        text(x, 405, "only GET and POST are served");
      } else if (FILES.containsKey(path)) {
        resource(x, FILES.get(path));
      } else if (path.equals("/console/graph.svg")) {
        String svg;
        try {
          svg = graph(q);
        } catch (IllegalArgumentException e) { // too large to lay out: say so in the picture
          svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"40\"><text x=\"8\" "
              + "y=\"24\">" + e.getMessage().replace("&", "&amp;").replace("<", "&lt;") + "</text></svg>";
        }
        HttpFront.send(x, 200, "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8));
      } else if (path.equals("/console/pending")) {
        ObjectNode out = Core.object();
        ArrayNode a = out.putArray("pending");
        parked.pending(q.get("executionArn")).forEach(a::add);
        HttpFront.send(x, 200, "application/json", Core.text(out).getBytes(StandardCharsets.UTF_8));
      } else {
        text(x, 404, "not found: " + path);
      }
    } catch (ApiError e) {
      HttpFront.send(x, e.status(), "application/json",
          Core.text(HttpFront.error(e.code(), e.getMessage())).getBytes(StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      text(x, 500, "the console failed on this request: " + e.getClass().getName());
    }
  }

  private String graph(Map<String, String> q) {
    String exec = q.get("executionArn");
    if (exec != null) {
      ObjectNode d = ExecutionOps.find(core, exec);
      String machine = d.path("stateMachineArn").asText();
      ObjectNode rev = core.store.get(Kind.REVISION, machine + "@" + d.path("revisionId").asText())
          .orElseThrow(() -> ApiError.executionDoesNotExist(exec));
      Execution ex = core.execution(exec);
      GraphOverlay overlay = ex == null ? GraphOverlay.none()
          : path(ex.history(), !d.path("status").asText().matches("RUNNING|SUCCEEDED"));
      return StateGraph.render(model(rev), GraphFormat.SVG, overlay);
    }
    String sm = q.get("stateMachineArn");
    if (sm == null) {
      throw new ApiError("ValidationException", "give executionArn or stateMachineArn");
    }
    ObjectNode m = core.machine(Arn.parse(sm, Arn.STATE_MACHINE).machineArn());
    return StateGraph.render(model(m), GraphFormat.SVG, GraphOverlay.none());
  }

  private StateMachine model(ObjectNode m) {
    Optional<StateMachine> model = validator.validate(m.path("definition").asText(),
        m.path("name").asText() + ".asl.json",
        StateMachineType.valueOf(m.path("type").asText("STANDARD"))).parse().model();
    return model.orElseThrow(() -> new ApiError("InvalidDefinition", "cannot draw the definition"));
  }

  /** The states entered in order, and the one still open when the execution failed. */
  static GraphOverlay path(List<HistoryEvent> history, boolean failed) {
    List<String> entered = new ArrayList<>();
    Map<String, Integer> open = new HashMap<>();
    String last = null;
    for (HistoryEvent e : history) {
      String name = e.details().path("name").asText(null);
      if (name == null) {
        continue;
      }
      if (e.type().endsWith("StateEntered")) {
        entered.add(name);
        open.merge(name, 1, Integer::sum);
        last = name;
      } else if (e.type().endsWith("StateExited")) {
        open.merge(name, -1, Integer::sum);
      }
    }
    String failedState = null;
    if (failed) {
      for (int i = entered.size() - 1; i >= 0; i--) {
        if (open.getOrDefault(entered.get(i), 0) > 0) {
          failedState = entered.get(i);
          break;
        }
      }
      if (failedState == null) {
        failedState = last;
      }
    }
    return GraphOverlay.execution(entered, failedState);
  }

  private static void resource(HttpExchange x, String file) throws IOException {
    try (InputStream in = Console.class.getResourceAsStream("console/" + file)) {
      if (in == null) {
        text(x, 404, "missing console file " + file);
        return;
      }
      String type = file.endsWith(".js") ? "text/javascript; charset=utf-8"
          : file.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
      HttpFront.send(x, 200, type, in.readAllBytes());
    }
  }

  private static void text(HttpExchange x, int status, String text) {
    HttpFront.send(x, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new HashMap<>();
    if (raw != null) {
      for (String kv : raw.split("&")) {
        int eq = kv.indexOf('=');
        if (eq > 0) {
          q.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return q;
  }
}
