package dev.asl4j.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asl4j.parser.model.StateMachine;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class GraphOverlayTest {
  static final String SAGA = """
      {"StartAt": "Reserve", "States": {
        "Reserve": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:r", "Next": "Pay",
          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "NoStock"}]},
        "Pay": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:p", "Next": "Done",
          "Retry": [{"ErrorEquals": ["Timeout"], "MaxAttempts": 4}],
          "Catch": [{"ErrorEquals": ["Declined", "States.Timeout"], "Next": "Undo"}]},
        "Undo": {"Type": "Pass", "Next": "Failed"},
        "NoStock": {"Type": "Fail", "Error": "NoStock"},
        "Failed": {"Type": "Fail", "Error": "SagaFailed"},
        "Done": {"Type": "Succeed"}}}
      """;

  static final String PARALLEL = """
      {"StartAt": "P", "States": {
        "P": {"Type": "Parallel", "Next": "M", "Branches": [
          {"StartAt": "A1", "States": {"A1": {"Type": "Pass", "Next": "A2"}, "A2": {"Type": "Pass", "End": true}}},
          {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "End": true}}}]},
        "M": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "Item",
          "States": {"Item": {"Type": "Pass", "End": true}}}}}}
      """;

  private final StateMachine saga = Pictures.parse(SAGA);
  private final StateMachine parallel = Pictures.parse(PARALLEL);

  @Test
  void svgDrawsTheBranchEntriesAnExecutionTookAsTaken() {
    String svg = StateGraph.render(parallel, GraphFormat.SVG,
        GraphOverlay.execution(List.of("P", "A1", "B1", "A2", "M", "Item"), null));
    // P -> A1, P -> B1 and M -> Item: three entry lines, all taken
    assertThat(svg.split("class=\"edge entry taken\"", -1)).hasSize(4);
    assertThat(StateGraph.render(parallel, GraphFormat.SVG)).doesNotContain("edge entry taken");
  }

  @Test
  void executionMarksExactlyTheVisitedStatesAndTheFailedOne() throws Exception {
    GraphOverlay o = GraphOverlay.execution(List.of("Reserve", "Pay", "Undo", "Failed"), "Failed");
    assertThat(Pictures.marked(saga, o, "visited")).containsExactlyInAnyOrder("Reserve", "Pay", "Undo");
    assertThat(Pictures.marked(saga, o, "failed")).containsExactly("Failed");
    assertThat(Pictures.marked(saga, o, "unvisited")).isEmpty();
  }

  @Test
  void executionMarksTheTakenEdgesIncludingCatch() {
    GraphOverlay o = GraphOverlay.execution(List.of("Reserve", "Pay", "Undo", "Failed"), "Failed");
    assertThat(Pictures.taken(saga, o))
        .containsExactlyInAnyOrder("Start->Reserve", "Reserve->Pay", "Pay->Undo", "Undo->Failed");
  }

  @Test
  void successfulExecutionReachesTheEndMarker() throws Exception {
    GraphOverlay o = GraphOverlay.execution(List.of("Reserve", "Pay", "Done"), null);
    assertThat(Pictures.taken(saga, o))
        .containsExactlyInAnyOrder("Start->Reserve", "Reserve->Pay", "Pay->Done", "Done->End");
    assertThat(Pictures.marked(saga, o, "failed")).isEmpty();
  }

  @Test
  void parallelEntriesLinkToTheirOwnBranch() throws Exception {
    // branch entries interleave: A2 follows B1 in the history but is reached from A1
    GraphOverlay o = GraphOverlay.execution(List.of("P", "A1", "B1", "A2", "M", "Item", "Item"), null);
    assertThat(Pictures.taken(parallel, o)).containsExactlyInAnyOrder(
        "Start->P", "P->A1", "P->B1", "A1->A2", "P->M", "M->Item",
        "A2->End", "B1->End", "Item->End", "M->End");
    assertThat(Pictures.marked(parallel, o, "visited"))
        .containsExactlyInAnyOrder("P", "A1", "A2", "B1", "M", "Item");
  }

  @Test
  void coverageMarksExactlyTheUnvisitedStates() throws Exception {
    GraphOverlay o = GraphOverlay.coverage(Set.of("Reserve", "Pay", "Done"));
    assertThat(Pictures.marked(saga, o, "unvisited"))
        .containsExactlyInAnyOrder("Undo", "NoStock", "Failed");
    assertThat(Pictures.marked(saga, o, "visited")).isEmpty();
    assertThat(Pictures.taken(saga, o)).isEmpty();
  }

  @Test
  void coverageReachesIntoBranches() throws Exception {
    GraphOverlay o = GraphOverlay.coverage(Set.of("P", "A1", "M"));
    assertThat(Pictures.marked(parallel, o, "unvisited")).containsExactlyInAnyOrder("A2", "B1", "Item");
  }

  @Test
  void noOverlayMarksNothing() throws Exception {
    for (String mark : List.of("visited", "failed", "unvisited")) {
      assertThat(Pictures.marked(saga, GraphOverlay.none(), mark)).isEmpty();
    }
  }

  @Test
  void overlaysAreImmutableCopies() {
    List<String> path = Arrays.asList("Reserve", "Pay");
    GraphOverlay o = GraphOverlay.execution(path, null);
    path.set(0, "Changed");
    assertThat(o.path()).containsExactly("Reserve", "Pay");
    assertThatThrownBy(() -> o.path().add("x")).isInstanceOf(UnsupportedOperationException.class);
    Set<String> visited = new TreeSet<>(Set.of("A"));
    GraphOverlay c = GraphOverlay.coverage(visited);
    visited.add("B");
    assertThat(c.visited()).containsExactly("A");
    assertThatThrownBy(() -> GraphOverlay.execution(Arrays.asList("A", null), null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void retryAndCatchLabelsNameErrorsAndAttempts() {
    MermaidChecker.Result r = MermaidChecker.check(StateGraph.render(saga, GraphFormat.MERMAID));
    assertThat(r.edges()).anySatisfy(e -> {
      assertThat(r.labels().get(e[0])).isEqualTo("Pay");
      assertThat(e[1]).isEqualTo(e[0]);
      assertThat(e[2]).isEqualTo("Retry Timeout ×4");
    });
    assertThat(r.edges()).anySatisfy(e -> {
      assertThat(r.labels().get(e[1])).isEqualTo("Undo");
      assertThat(e[2]).isEqualTo("Declined, States.Timeout");
    });
  }
}
