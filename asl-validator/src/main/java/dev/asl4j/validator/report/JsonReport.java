package dev.asl4j.validator.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.validator.ValidationResult;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * The JSON report, on one line, exactly:
 *
 * <pre>
 * {"results":[{"file":"order.asl.json","valid":false,"diagnostics":[
 *   {"severity":"ERROR","code":"MISSING_TRANSITION_TARGET","message":"…",
 *    "pointer":"/States/A/Next","line":12,"column":18}]}]}
 * </pre>
 *
 * {@code pointer} is an RFC 6901 JSON Pointer ({@code ""} for the document root); {@code line}
 * and {@code column} are 1-based, or 0 when the position is unknown.
 */
final class JsonReport implements ReportWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(List<ValidationResult> results, Appendable out) throws IOException {
    StringWriter buf = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(buf)) {
      g.writeStartObject();
      g.writeArrayFieldStart("results");
      for (ValidationResult r : results) {
        g.writeStartObject();
        g.writeStringField("file", r.parse().fileName());
        g.writeBooleanField("valid", !r.hasErrors());
        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : r.diagnostics()) {
          g.writeStartObject();
          g.writeStringField("severity", d.severity().name());
          g.writeStringField("code", d.code().name());
          g.writeStringField("message", d.message());
          g.writeStringField("pointer", d.pointer());
          g.writeNumberField("line", Math.max(0, d.span().line()));
          g.writeNumberField("column", Math.max(0, d.span().column()));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.append(buf.toString()).append(System.lineSeparator());
  }
}
