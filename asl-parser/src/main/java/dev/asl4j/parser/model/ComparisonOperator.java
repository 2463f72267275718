package dev.asl4j.parser.model;

/**
 * The JSONPath Choice data-test operators. Each has a literal form and (except the {@code Is*}
 * tests and {@code StringMatches}) a {@code ...Path} form; see {@link Condition.Comparison}.
 */
public enum ComparisonOperator {
  STRING_EQUALS("StringEquals", true),
  STRING_LESS_THAN("StringLessThan", true),
  STRING_GREATER_THAN("StringGreaterThan", true),
  STRING_LESS_THAN_EQUALS("StringLessThanEquals", true),
  STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", true),
  STRING_MATCHES("StringMatches", false),
  NUMERIC_EQUALS("NumericEquals", true),
  NUMERIC_LESS_THAN("NumericLessThan", true),
  NUMERIC_GREATER_THAN("NumericGreaterThan", true),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", true),
  NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", true),
  BOOLEAN_EQUALS("BooleanEquals", true),
  TIMESTAMP_EQUALS("TimestampEquals", true),
  TIMESTAMP_LESS_THAN("TimestampLessThan", true),
  TIMESTAMP_GREATER_THAN("TimestampGreaterThan", true),
  TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", true),
  TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", true),
  IS_NULL("IsNull", false),
  IS_PRESENT("IsPresent", false),
  IS_NUMERIC("IsNumeric", false),
  IS_STRING("IsString", false),
  IS_BOOLEAN("IsBoolean", false),
  IS_TIMESTAMP("IsTimestamp", false);

  private final String fieldName;
  private final boolean hasPathForm;

  ComparisonOperator(String fieldName, boolean hasPathForm) {
    this.fieldName = fieldName;
    this.hasPathForm = hasPathForm;
  }

  /** The field name of the literal form, e.g. {@code NumericEquals}. */
  public String fieldName() {
    return fieldName;
  }

  /** Whether a {@code fieldName() + "Path"} form exists. */
  public boolean hasPathForm() {
    return hasPathForm;
  }

  /**
   * The operator named by a Choice rule field ({@code NumericEquals} or {@code NumericEqualsPath}),
   * or null.
   */
  public static ComparisonOperator fromField(String field) {
    for (ComparisonOperator op : values()) {
      if (op.fieldName.equals(field)) {
        return op;
      }
      if (op.hasPathForm && field.equals(op.fieldName + "Path")) {
        return op;
      }
    }
    return null;
  }
}
