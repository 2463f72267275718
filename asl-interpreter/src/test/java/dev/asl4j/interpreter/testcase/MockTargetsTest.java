package dev.asl4j.interpreter.testcase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.AslParser;
import dev.asl4j.parser.model.StateMachine;
import java.util.List;
import org.junit.jupiter.api.Test;

class MockTargetsTest {
  private static final String DEF = "{\"StartAt\":\"Book\",\"States\":{"
      + "\"Book\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:1:function:b\",\"Next\":\"All\"},"
      + "\"All\":{\"Type\":\"Parallel\",\"Next\":\"Each\",\"Branches\":[{\"StartAt\":\"Notify\",\"States\":{"
      + "\"Notify\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sns:publish\",\"End\":true}}}]},"
      + "\"Each\":{\"Type\":\"Map\",\"End\":true,\"ItemProcessor\":{\"StartAt\":\"BookLineItem\",\"States\":{"
      + "\"BookLineItem\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:1:function:l\",\"End\":true}}}}}}";

  private static StateMachine model() {
    return AslParser.create().parse(DEF, "d.asl.json").model().orElseThrow();
  }

  @Test
  void taskStatesAtAnyDepthAreKnown() {
    assertThat(MockTaskResolver.unknownStates(List.of("Book", "Notify", "BookLineItem"), List.of(model())))
        .isEmpty();
  }

  @Test
  void aNearNameIsSuggestedAndOthersListTheTaskStates() {
    assertThat(MockTaskResolver.unknownStates(List.of("BookLineIten", "bookk", "Zzzzzzzzzzzz", "All"), List.of(model())))
        .containsExactly(
            "no Task state is named \"BookLineIten\"; did you mean \"BookLineItem\"?",
            "no Task state is named \"bookk\"; did you mean \"Book\"?",
            "no Task state is named \"Zzzzzzzzzzzz\" (Task states: Book, Notify, BookLineItem)",
            "\"All\" is a Parallel state, not a Task state");
  }

  @Test
  void editDistance() {
    assertThat(MockTargets.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(MockTargets.distance("", "abc")).isEqualTo(3);
    assertThat(MockTargets.distance("same", "same")).isZero();
  }
}
