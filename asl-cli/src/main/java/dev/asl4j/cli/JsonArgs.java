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
          return parse(new String(stdin.readAllBytes(), StandardCharsets.UTF_8), option + " @-");
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
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException(what + ": cannot read " + file + " (" + describe(e) + ")");
    }
    return parse(text, what);
  }

  static JsonNode parse(String text, String what) throws UsageException {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    try {
      JsonNode n = MAPPER.readTree(t);
      if (n == null || n.isMissingNode()) {
        throw new UsageException(what + ": empty, expected a JSON value");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new UsageException(what + ": not valid JSON: " + e.getOriginalMessage()
          + location(e));
    }
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
