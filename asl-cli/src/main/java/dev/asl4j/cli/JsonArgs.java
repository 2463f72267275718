package dev.asl4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads JSON given on the command line, inline or as {@code @file}, and JSON files. */
final class JsonArgs {
  /** Strict: one JSON value, nothing after it. */
  static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonArgs() {}

  /**
   * {@code value} as JSON: {@code @path} reads the file, {@code @-} standard input, anything else
   * is the JSON text itself.
   *
   * @param option the option name for messages, e.g. {@code --input}
   */
  static JsonNode valueOf(String value, String option, InputStream stdin) throws UsageException {
    if (value.startsWith("@")) {
      String file = value.substring(1);
      if (file.equals("-")) {
        try {
          byte[] data = stdin.readNBytes(CliFiles.MAX_BYTES + 1); // /dev/zero on stdin ends too
          if (data.length > CliFiles.MAX_BYTES) {
            throw new UsageException(option + " @-: standard input holds more than "
                + (CliFiles.MAX_BYTES >> 20) + " MiB, the most asl reads");
          }
          return parse(new String(data, StandardCharsets.UTF_8), option + " @-");
        } catch (IOException e) {
          throw new UsageException(option + ": cannot read standard input: " + e.getMessage());
        }
      }
      return readFile(Path.of(file), option + " " + value);
    }
    return parse(value, option);
  }

  /** The JSON value in {@code file}; {@code what} names it in messages. */
  static JsonNode readFile(Path file, String what) throws UsageException {
    String text;
    try {
      text = CliFiles.text(file);
    } catch (CliFiles.Unreadable e) {
      throw new UsageException(what + ": cannot read " + file + " (" + e.getMessage() + ")");
    }
    return parse(text, what);
  }

  static JsonNode parse(String text, String what) throws UsageException {
    return parse(text, what, false);
  }

  /**
   * Like {@link #parse}, but the error gives only where the text stops being JSON, never what it
   * says: for files that may hold anything (a case's definition can point at any file).
   */
  static JsonNode parseQuietly(String text, String what) throws UsageException {
    return parse(text, what, true);
  }

  private static JsonNode parse(String text, String what, boolean quiet) throws UsageException {
    String t = CliFiles.withoutBom(text);
    try {
      JsonNode n = MAPPER.readTree(t);
      if (n == null || n.isMissingNode()) {
        throw new UsageException(what + ": empty, expected a JSON value");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new UsageException(what + ": not valid JSON" + (quiet ? "" : ": " + e.getOriginalMessage())
          + location(e));
    }
  }

  static String location(IOException e) {
    return e instanceof JsonProcessingException ? location((JsonProcessingException) e) : "";
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }

  static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
