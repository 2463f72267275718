package dev.asl4j.parser.internal;

import static dev.asl4j.parser.internal.Parsing.errorLines;
import static dev.asl4j.parser.internal.Parsing.errors;
import static dev.asl4j.parser.internal.Parsing.model;
import static dev.asl4j.parser.internal.Parsing.parse;
import static dev.asl4j.parser.internal.Parsing.single;
import static dev.asl4j.parser.internal.Parsing.stateA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.ParseResult;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.model.Common;
import dev.asl4j.parser.model.ParallelState;
import dev.asl4j.parser.model.PassState;
import dev.asl4j.parser.model.QueryLanguage;
import dev.asl4j.parser.model.StateKind;
import dev.asl4j.parser.model.StateMachine;
import dev.asl4j.parser.model.TaskState;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Machine, branch and common state fields: required, unknown, types, enums, defaults. */
class ModelBuilderTest {
  @Test
  void emptyObjectNeedsStatesAndStartAtInAwsOrder() {
    assertThat(errorLines("{}")).containsExactly(": These fields are required: [States, StartAt]");
    assertThat(errorLines("{\"States\": {}}"))
        .containsExactly(": These fields are required: [StartAt]");
    ParseResult r = parse("{}");
    assertThat(r.model()).isPresent();
    assertThat(r.diagnostics().get(0).location()).isEqualTo("/");
  }

  @Test
  void machineFields() {
    StateMachine sm = model("""
        {"Comment": "c", "StartAt": "A", "Version": "1.0", "TimeoutSeconds": 30,
         "QueryLanguage": "JSONata", "States": {"A": {"Type": "Succeed"}}}""");
    assertThat(sm.comment()).contains("c");
    assertThat(sm.startAt()).isEqualTo("A");
    assertThat(sm.version()).contains("1.0");
    assertThat(sm.timeoutSeconds()).contains(30);
    assertThat(sm.queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
    assertThat(sm.states().get("A").kind()).isEqualTo(StateKind.SUCCEED);
  }

  @Test
  void statesKeepDefinitionOrder() {
    StateMachine sm = model("""
        {"StartAt": "C", "States": {"C": {"Type": "Pass", "Next": "B"},
         "B": {"Type": "Pass", "Next": "A"}, "A": {"Type": "Pass", "End": true}}}""");
    assertThat(sm.states().keySet()).containsExactly("C", "B", "A");
  }

  @Test
  void unknownFieldsAreReportedAtTheirObjectButShownAtTheKey() {
    ParseResult r = parse("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\",\n"
        + "  \"TimeoutSeconds\": 5, \"End\": true}}, \"Foo\": 1}");
    assertThat(r.diagnostics()).extracting(d -> d.pointer() + ": " + d.message())
        .containsExactly("/States/A: Field 'TimeoutSeconds' is not supported",
            ": Field 'Foo' is not supported");
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.span().line()).isEqualTo(2);
    assertThat(d.span().column()).isEqualTo(3);
  }

  @Test
  void badTypeValueUsesAwsWording() {
    assertThat(errorLines(single("{\"Type\": \"Sleep\", \"End\": true}"))).containsExactly(
        "/States/A/Type: The field 'Type' should have one of these values: "
            + "[Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map]");
    assertThat(errorLines(single("{\"End\": true}")))
        .containsExactly("/States/A: These fields are required: [Type]");
    // the broken state is left out, the machine is still built
    assertThat(parse(single("{\"End\": true}")).model().orElseThrow().states()).isEmpty();
  }

  @Test
  void nonObjectStatesAndWrongTypes() {
    assertThat(errorLines(single("\"Pass\"")))
        .containsExactly("/States/A: Expected value of type Object");
    assertThat(errorLines("{\"StartAt\": 1, \"States\": []}")).containsExactly(
        "/StartAt: Expected value of type String", "/States: Expected value of type Object");
    assertThat(errorLines(single("{\"Type\": \"Pass\", \"End\": \"yes\", \"Comment\": 3}")))
        .containsExactly("/States/A/End: Expected value of type Boolean",
            "/States/A/Comment: Expected value of type String");
  }

  @Test
  void emptyStringsWhereAwsSaysValueCannotBeEmpty() {
    assertThat(errorLines(single("{\"Type\": \"Task\", \"Resource\": \"\", \"Next\": \"\"}")))
        .containsExactly("/States/A/Resource: Value cannot be empty",
            "/States/A/Next: Value cannot be empty");
  }

  @Test
  void commonFieldsAndPathDefaults() {
    PassState a = stateA(single("""
        {"Type": "Pass", "Comment": "hi", "InputPath": "$.in", "OutputPath": null,
         "ResultPath": "$.r", "Next": "B"}""").replace("}}", "}, \"B\": {\"Type\": \"Succeed\"}}"));
    Common c = a.common();
    assertThat(c.name()).isEqualTo("A");
    assertThat(c.pointer()).isEqualTo("/States/A");
    assertThat(c.comment()).contains("hi");
    assertThat(c.next()).contains("B");
    assertThat(c.end()).isFalse();
    assertThat(c.inputPath().text()).isEqualTo("$.in");
    assertThat(c.outputPath()).isEqualTo(Path.NULL);
    assertThat(a.resultPath().text()).isEqualTo("$.r");
    PassState b = stateA(single("{\"Type\": \"Pass\", \"End\": true}"));
    assertThat(b.common().inputPath()).isEqualTo(Path.ROOT);
    assertThat(b.common().outputPath()).isEqualTo(Path.ROOT);
    assertThat(b.resultPath()).isEqualTo(Path.ROOT);
    assertThat(b.result()).isEmpty();
  }

  @Test
  void badPathsAreInvalidPath() {
    var e = errors(single("{\"Type\": \"Pass\", \"InputPath\": \"nope\", \"ResultPath\": "
        + "\"$.a[*]\", \"End\": true}"));
    assertThat(e).extracting(Diagnostic::code).containsOnly(DiagnosticCode.INVALID_PATH);
    assertThat(e).extracting(Diagnostic::pointer)
        .containsExactly("/States/A/InputPath", "/States/A/ResultPath");
  }

  @Test
  void passResultIsRawJson() {
    PassState a = stateA(single("{\"Type\": \"Pass\", \"Result\": {\"x.$\": \"$.y\"}, "
        + "\"End\": true}"));
    assertThat(a.result().orElseThrow().get("x.$").asText()).isEqualTo("$.y");
    PassState n = stateA(single("{\"Type\": \"Pass\", \"Result\": null, \"End\": true}"));
    assertThat(n.result().orElseThrow().isNull()).isTrue();
  }

  @Test
  void effectiveQueryLanguageComesFromTheStateElseTheMachine() {
    StateMachine sm = model("""
        {"StartAt": "P", "States": {
          "P": {"Type": "Parallel", "QueryLanguage": "JSONata", "Next": "Q", "Branches": [
            {"StartAt": "In", "States": {"In": {"Type": "Pass", "End": true}}}]},
          "Q": {"Type": "Pass", "End": true}}}""");
    ParallelState p = (ParallelState) sm.states().get("P");
    assertThat(p.queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
    // a Parallel's own QueryLanguage does not become its children's default
    assertThat(p.branches().get(0).states().get("In").queryLanguage())
        .isEqualTo(QueryLanguage.JSONPATH);
    assertThat(sm.states().get("Q").queryLanguage()).isEqualTo(QueryLanguage.JSONPATH);
    assertThat(errorLines(single("{\"Type\": \"Pass\", \"QueryLanguage\": \"XPath\", "
        + "\"End\": true}"))).containsExactly("/States/A/QueryLanguage: The field "
            + "'QueryLanguage' should have one of these values: [JSONPath, JSONata]");
  }

  @Test
  void parallelBranchesAndTheirPointers() {
    ParallelState p = stateA(single("""
        {"Type": "Parallel", "End": true, "Branches": [
          {"Comment": "one", "StartAt": "X", "States": {"X": {"Type": "Succeed"}}},
          {"StartAt": "Y", "States": {"Y": {"Type": "Fail", "Error": "E"}}}]}"""));
    assertThat(p.branches()).hasSize(2);
    assertThat(p.branches().get(0).pointer()).isEqualTo("/States/A/Branches/0");
    assertThat(p.branches().get(0).comment()).contains("one");
    assertThat(p.branches().get(1).states().get("Y").pointer())
        .isEqualTo("/States/A/Branches/1/States/Y");
    assertThat(errorLines(single("{\"Type\": \"Parallel\", \"End\": true, \"Branches\": "
        + "[{\"StartAt\": \"X\", \"States\": {}, \"Extra\": 1}, 3]}")))
        .containsExactly("/States/A/Branches/0: Field 'Extra' is not supported",
            "/States/A/Branches/1: Expected value of type Object");
    assertThat(errorLines(single("{\"Type\": \"Parallel\", \"End\": true}")))
        .containsExactly("/States/A: These fields are required: [Branches]");
  }

  @Test
  void taskFields() {
    TaskState t = stateA(single("""
        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
         "Parameters": {"FunctionName": "f", "Payload.$": "$"},
         "ResultSelector": {"p.$": "$.Payload"}, "ResultPath": "$.out",
         "TimeoutSeconds": 10, "HeartbeatSecondsPath": "$.hb",
         "Credentials": {"RoleArn.$": "$.role"}, "End": true}"""));
    assertThat(t.resource()).isEqualTo("arn:aws:states:::lambda:invoke");
    assertThat(t.parameters()).isPresent();
    assertThat(t.resultSelector()).isPresent();
    assertThat(t.resultPath().text()).isEqualTo("$.out");
    assertThat(t.timeoutSeconds().orElseThrow().pointer()).isEqualTo("/States/A/TimeoutSeconds");
    assertThat(t.heartbeatSeconds().orElseThrow().pointer())
        .isEqualTo("/States/A/HeartbeatSecondsPath");
    assertThat(t.credentials().orElseThrow().isStatic()).isFalse();
    assertThat(t.arguments()).isEqualTo(Optional.empty());
    assertThat(errorLines(single("{\"Type\": \"Task\", \"End\": true}")))
        .containsExactly("/States/A: These fields are required: [Resource]");
  }

  @Test
  void credentialsNeedARoleArn() {
    assertThat(errorLines(single("{\"Type\": \"Task\", \"Resource\": \"arn:x\", "
        + "\"Credentials\": {\"InvalidField\": \"x\"}, \"End\": true}"))).containsExactly(
            "/States/A/Credentials: The field 'RoleArn' is required but was missing");
    // statelint accepts the lower-case spelling; so does AWS's case-insensitive binding
    assertThat(errors(single("{\"Type\": \"Task\", \"Resource\": \"arn:x\", "
        + "\"Credentials\": {\"roleArn\": \"x\"}, \"End\": true}"))).isEmpty();
  }

  @Test
  void cloudFormationResourceObjectsAreKeptAsText() {
    TaskState t = stateA(single("{\"Type\": \"Task\", \"Resource\": {\"Fn::GetAtt\": "
        + "[\"Fn\", \"Arn\"]}, \"End\": true}"));
    assertThat(t.resource()).isEqualTo("{\"Fn::GetAtt\":[\"Fn\",\"Arn\"]}");
    assertThat(errorLines(single("{\"Type\": \"Task\", \"Resource\": 5, \"End\": true}")))
        .containsExactly("/States/A/Resource: Expected value of type String");
  }

  @Test
  void failAndSucceedHaveNoTransitionsOrFailPaths() {
    assertThat(errorLines(single("{\"Type\": \"Fail\", \"InputPath\": \"$\", \"End\": true}")))
        .containsExactly("/States/A: Field 'InputPath' is not supported",
            "/States/A: Field 'End' is not supported");
    assertThat(errorLines(single("{\"Type\": \"Succeed\", \"Next\": \"B\"}")))
        .containsExactly("/States/A: Field 'Next' is not supported");
  }
}
