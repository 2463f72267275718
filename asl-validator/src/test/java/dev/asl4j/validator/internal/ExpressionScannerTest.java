package dev.asl4j.validator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ExpressionScannerTest {
  @Test
  void findsVariableReadsButNotLocalsFunctionsOrStrings() {
    ExpressionScanner.Scan s = ExpressionScanner.scan(
        "($a := $b + $c; $f := function($p, $q) { $p & $r }; $string($d) & '$e' & \"$g\""
            + " & `$h` /* $i */ & $map($xs, $uppercase) & $f(1, 2) & $a)");
    assertThat(s.variableReads()).containsExactlyInAnyOrder("b", "c", "r", "d", "xs");
    assertThat(s.locals()).contains("a", "f", "p", "q");
  }

  @Test
  void findsStatesFieldsAndTheContextRoot() {
    ExpressionScanner.Scan s = ExpressionScanner.scan(
        "$states.input.x & $states.result & $states .errorOutput & $$.Execution");
    assertThat(s.statesFields()).containsExactlyInAnyOrder("input", "result", "errorOutput");
    assertThat(s.contextRoot()).isTrue();
    assertThat(s.variableReads()).isEmpty();
  }

  @Test
  void readsJsonPathAndIntrinsicText() {
    assertThat(ExpressionScanner.scan("$order.items[0].id").variableReads())
        .containsExactly("order");
    assertThat(ExpressionScanner.scan("States.Format('{} $not', $.a, $v, $$.b)").variableReads())
        .containsExactly("v");
    assertThat(ExpressionScanner.scan("$.a[?(@.b == $.c)]").variableReads()).isEmpty();
  }

  @Property
  void neverThrows(@ForAll String text) {
    ExpressionScanner.scan(text).variableReads();
  }
}
