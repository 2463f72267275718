package dev.asl4j.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.Severity;
import dev.asl4j.parser.SourceSpan;
import dev.asl4j.parser.model.StateMachine;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invalid definitions drawn with their diagnostics: which states are marked, in every format. */
class DiagnosticsOverlayTest {
  private final StateMachine parallel = Pictures.parse(GraphOverlayTest.PARALLEL);

  private static Diagnostic error(String pointer, String message) {
    return new Diagnostic(DiagnosticCode.SCHEMA_VALIDATION_FAILED, Severity.ERROR, message, pointer,
        SourceSpan.UNKNOWN);
  }

  @Test
  void theDeepestStateAPointerFallsInIsMarked() throws Exception {
    GraphOverlay o = GraphOverlay.none().withDiagnostics(List.of(
        error("/States/P/Branches/0/States/A2/Next", "bad next"),
        error("/States/M/ItemProcessor/States/Item", "bad item"),
        error("/StartAt", "document-level")));
    assertThat(Pictures.marked(parallel, o, "error")).isEqualTo(Set.of("A2", "Item"));
    GraphModel g = GraphBuilder.build(parallel, o, ConditionText.FULL);
    assertThat(g.problems).hasSize(3).anyMatch(p -> p.contains("/StartAt: document-level"));
  }

  @Test
  void warningsAreListedButMarkNoState() throws Exception {
    Diagnostic warning = new Diagnostic(DiagnosticCode.SCHEMA_VALIDATION_FAILED, Severity.WARNING,
        "ignored field", "/States/M", SourceSpan.UNKNOWN);
    GraphOverlay o = GraphOverlay.none().withDiagnostics(List.of(warning));
    assertThat(Pictures.marked(parallel, o, "error")).isEmpty();
    assertThat(StateGraph.render(parallel, GraphFormat.SVG, o)).contains("WARNING [SCHEMA_VALIDATION_FAILED] /States/M:").contains("ignored field");
  }

  @Test
  void aPointerIntoABranchButNoStateMarksTheParallel() throws Exception {
    GraphOverlay o = GraphOverlay.none().withDiagnostics(List.of(error("/States/P/Branches/1", "x")));
    assertThat(Pictures.marked(parallel, o, "error")).isEqualTo(Set.of("P"));
  }

  @Test
  void theSvgListsEveryDiagnosticAndTheGeometryStillHolds() throws Exception {
    GraphOverlay o = GraphOverlay.none().withDiagnostics(List.of(
        error("/States/P/Branches/0/States/A2", "a long message ".repeat(12) + "end")));
    String svg = StateGraph.render(parallel, GraphFormat.SVG, o);
    assertThat(svg).contains("Problems in this definition").contains("class=\"badge\"").contains("end");
    Layout l = ElkLayout.layout(GraphBuilder.build(parallel, o, ConditionText.FULL));
    assertThat(LayoutGeometryTest.problems(l)).isEmpty();
    assertThat(l.problemsRect.bottom()).isLessThan(l.boxes.stream().mapToDouble(b -> b.rect.y()).min().orElseThrow());
  }

  @Test
  void withoutDiagnosticsTheOutputIsUnchanged() {
    for (GraphFormat f : GraphFormat.values()) {
      assertThat(StateGraph.render(parallel, f, GraphOverlay.none().withDiagnostics(List.of())))
          .isEqualTo(StateGraph.render(parallel, f));
    }
    assertThat(StateGraph.render(parallel, GraphFormat.MERMAID)).doesNotContain("error");
  }
}
