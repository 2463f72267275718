package dev.asl4j.parser.model;

/** The two expression dialects of ASL. */
public enum QueryLanguage {
  JSONPATH("JSONPath"),
  JSONATA("JSONata");

  private final String text;

  QueryLanguage(String text) {
    this.text = text;
  }

  /** The spelling used in definitions. */
  public String text() {
    return text;
  }

  /** The dialect spelled {@code text} in a definition, or null. */
  public static QueryLanguage fromText(String text) {
    for (QueryLanguage q : values()) {
      if (q.text.equals(text)) {
        return q;
      }
    }
    return null;
  }
}
