package dev.asl4j.interpreter.internal.jsonata;

import static dev.asl4j.interpreter.internal.jsonata.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueTypeTest {
  @Test
  void acceptsAndNames() {
    assertThat(ValueType.INTEGER.accepts(json("3"))).isTrue();
    assertThat(ValueType.INTEGER.accepts(json("3.0"))).isTrue();
    assertThat(ValueType.INTEGER.accepts(json("3.5"))).isFalse();
    assertThat(ValueType.INTEGER.accepts(json("\"3\""))).isFalse();
    assertThat(ValueType.NUMBER.accepts(json("3.5"))).isTrue();
    assertThat(ValueType.ARRAY.accepts(json("[]"))).isTrue();
    assertThat(ValueType.OBJECT.accepts(json("{}"))).isTrue();
    assertThat(ValueType.STRING.accepts(json("\"\""))).isTrue();
    assertThat(ValueType.BOOLEAN.accepts(json("false"))).isTrue();
    assertThat(ValueType.BOOLEAN.accepts(json("null"))).isFalse();
    assertThat(ValueType.nameOf(json("null"))).isEqualTo("null");
    assertThat(ValueType.ARRAY.awsName()).isEqualTo("array");
  }
}
