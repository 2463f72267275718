package dev.asl4j.bench;

/**
 * The {@code pass-chain-1000} workload rewritten in JSONata, generated here: 1,000 Pass states,
 * each an {@code Output} that carries {@code orderId} and {@code payload} over and builds the
 * 3-field {@code last} object ({@code step}, {@code orderId}, {@code amount}) — the same work and
 * the same final output as the JSONPath chain's Parameters + ResultPath.
 */
final class JsonataPassChain {
  private JsonataPassChain() {}

  /**
   * @param library wrap every expression in parentheses: the same values, but no longer plain
   *     paths, so each one is evaluated by the JSONata library rather than the adapter's direct
   *     path reader
   */
  static String definition(int states, boolean library) {
    String open = library ? "{% (" : "{% ";
    String close = library ? ") %}" : " %}";
    StringBuilder sb = new StringBuilder(states * 300);
    sb.append("{\"Comment\":\"pass-chain in JSONata\",\"QueryLanguage\":\"JSONata\",")
        .append("\"StartAt\":\"").append(name(0)).append("\",\"States\":{");
    for (int i = 0; i < states; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append('"').append(name(i)).append("\":{\"Type\":\"Pass\",\"Output\":{")
          .append("\"orderId\":\"").append(open).append("$states.input.orderId").append(close).append("\",")
          .append("\"payload\":\"").append(open).append("$states.input.payload").append(close).append("\",")
          .append("\"last\":{\"step\":").append(i)
          .append(",\"orderId\":\"").append(open).append("$states.input.orderId").append(close).append("\",")
          .append("\"amount\":\"").append(open).append("$states.input.payload.amount").append(close).append("\"}},");
      if (i + 1 < states) {
        sb.append("\"Next\":\"").append(name(i + 1)).append("\"}");
      } else {
        sb.append("\"End\":true}");
      }
    }
    return sb.append("}}").toString();
  }

  private static String name(int i) {
    return String.format("Step%04d", i);
  }
}
