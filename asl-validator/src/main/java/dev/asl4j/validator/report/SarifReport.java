package dev.asl4j.validator.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.Severity;
import dev.asl4j.validator.ValidationResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * SARIF 2.1.0 with one run. Every {@link DiagnosticCode} is a rule whose id is the code's name
 * and whose index is its ordinal, so ids and indexes are stable from run to run. Files below the
 * base directory get a relative URI against the {@code %SRCROOT%} base id, which is what code
 * scanning services expect from a checkout.
 */
final class SarifReport implements ReportWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";
  private static final JsonFactory FACTORY = new JsonFactory();

  private final Path baseDirectory;

  SarifReport(Path baseDirectory) {
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
  }

  @Override
  public void write(List<ValidationResult> results, Appendable out) throws IOException {
    StringWriter buf = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(buf).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      writeTool(g);
      g.writeObjectFieldStart("originalUriBaseIds");
      g.writeObjectFieldStart(SRCROOT);
      g.writeStringField("uri", directoryUri(baseDirectory));
      g.writeEndObject();
      g.writeEndObject();
      g.writeStringField("columnKind", "utf16CodeUnits");
      g.writeArrayFieldStart("results");
      for (ValidationResult r : results) {
        for (Diagnostic d : r.diagnostics()) {
          writeResult(g, r.parse().fileName(), d);
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.append(buf.toString()).append(System.lineSeparator());
  }

  private static void writeTool(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "asl4j");
    String version = SarifReport.class.getPackage().getImplementationVersion();
    if (version != null) {
      g.writeStringField("version", version);
    }
    g.writeArrayFieldStart("rules");
    for (DiagnosticCode code : DiagnosticCode.values()) {
      g.writeStartObject();
      g.writeStringField("id", code.name());
      g.writeStringField("name", pascalCase(code.name()));
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", sentence(code.name()));
      g.writeEndObject();
      g.writeObjectFieldStart("properties");
      g.writeStringField("awsCode", code.awsCode());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private void writeResult(JsonGenerator g, String file, Diagnostic d) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", d.code().name());
    g.writeNumberField("ruleIndex", d.code().ordinal());
    g.writeStringField("level", level(d.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", d.location() + ": " + d.message());
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    String relative = relativeUri(file);
    if (relative != null) {
      g.writeStringField("uri", relative);
      g.writeStringField("uriBaseId", SRCROOT);
    } else {
      g.writeStringField("uri", absoluteUri(file));
    }
    g.writeEndObject();
    // A result needs a region to be shown in place; an unknown position means the whole file,
    // which viewers show at its first line.
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", d.span().isKnown() ? d.span().line() : 1);
    if (d.span().isKnown() && d.span().column() > 0) {
      g.writeNumberField("startColumn", d.span().column());
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeArrayFieldStart("logicalLocations");
    g.writeStartObject();
    g.writeStringField("fullyQualifiedName", d.location());
    g.writeStringField("kind", "element");
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The file's URI relative to the base directory, or null when it is not below it. */
  String relativeUri(String file) {
    Path abs;
    try {
      abs = Path.of(file).toAbsolutePath().normalize();
    } catch (RuntimeException e) {
      return encode(file.replace('\\', '/'));
    }
    if (!abs.startsWith(baseDirectory) || abs.equals(baseDirectory)) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (Path segment : baseDirectory.relativize(abs)) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(encode(segment.toString()));
    }
    return sb.toString();
  }

  private static String absoluteUri(String file) {
    try {
      return Path.of(file).toAbsolutePath().normalize().toUri().toString();
    } catch (RuntimeException e) {
      return encode(file);
    }
  }

  private static String directoryUri(Path dir) {
    String uri = dir.toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  /** Percent-encodes everything but RFC 3986 unreserved characters and {@code /}. */
  static String encode(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }

  static String level(Severity s) {
    switch (s) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  private static String pascalCase(String constant) {
    StringBuilder sb = new StringBuilder();
    for (String part : constant.split("_")) {
      if (!part.isEmpty()) {
        sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return sb.toString();
  }

  private static String sentence(String constant) {
    String words = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
