package dev.asl4j.validator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The committed list of corpus documents we knowingly disagree on: {@code name -> reason}. */
final class KnownGaps {
  private static final Map<String, String> GAPS = load();

  private KnownGaps() {}

  static boolean contains(String name) {
    return GAPS.containsKey(name);
  }

  static Map<String, String> all() {
    return GAPS;
  }

  private static Map<String, String> load() {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = KnownGaps.class.getResourceAsStream("/known-gaps.txt")) {
      if (in == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int arrow = line.indexOf(" -> ");
        if (!line.isBlank() && !line.startsWith("#") && arrow > 0) {
          out.put(line.substring(0, arrow).trim(), line.substring(arrow + 4).trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
