package dev.asl4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The parser is total: arbitrary text, token soup and mutated real definitions end in a result
 * with diagnostics, never an exception. Mutated definitions that still parse cleanly also
 * round-trip through {@link AslWriter}.
 */
class ParserProperties {
  static final List<String> SEEDS = List.of("jsonpath-all-states.asl.json",
      "jsonata-all-states.asl.json", "distributed-map.asl.json", "legacy-map.asl.yaml");

  private static final AslParser PARSER = AslParser.create();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final List<String> FRAGMENTS = List.of("{", "}", "[", "]", "\"", ":", ",", " ",
      "\n", "\"Type\"", "\"Pass\"", "\"Map\"", "\"Choice\"", "\"States\"", "\"StartAt\"", "\"A\"",
      "\"End\"", "true", "null", "0", "-1", "1e999", "\"$.a\"", "\"$$\"", "\"{% x %}\"", "\"{%\"",
      "\"x.$\"", "\"States.Format('{}', $.a)\"", "\\", "- ", ": ", "&a", "*a", "!!binary", "#",
      "---", "\t", "\uFEFF", "\"Next\"", "\"Choices\"", "\"Variable\"", "\"ItemProcessor\"");

  @Property(tries = 300)
  void arbitraryTextNeverThrows(@ForAll String text) {
    checkTotal(PARSER.parse(text, "x.json"));
    checkTotal(PARSER.parse(text, "x.yaml"));
  }

  @Property(tries = 400)
  void tokenSoupNeverThrows(@ForAll("soup") String text) {
    checkTotal(PARSER.parse(text, "x.json"));
    checkTotal(PARSER.parse(text, "x.yml"));
  }

  @Property(tries = 300)
  void textMutationsOfRealDefinitionsNeverThrow(@ForAll("textMutants") String text) {
    checkTotal(PARSER.parse(text, "mutant.json"));
  }

  @Property(tries = 400)
  void valueMutationsNeverThrowAndCleanOnesRoundTrip(@ForAll("valueMutants") String text) {
    ParseResult r = PARSER.parse(text, "mutant.json");
    checkTotal(r);
    Statistics.label("clean").collect(!r.hasErrors());
    if (!r.hasErrors()) {
      RoundTripTest.roundTrip(text, "mutant.json");
    }
  }

  private static void checkTotal(ParseResult r) {
    assertThat(r.diagnostics()).isNotNull();
    assertThat(r.sourceMap()).isNotNull();
    if (!r.hasErrors()) {
      assertThat(r.model()).isPresent();
    }
    for (Diagnostic d : r.diagnostics()) {
      assertThat(d.headline(r.fileName())).isNotBlank();
      assertThat(d.render(r.fileName(), r.sourceText())).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> soup() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(80).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> textMutants() {
    Arbitrary<String> seed = Arbitraries.of(SEEDS).map(ParserProperties::seed);
    Arbitrary<Integer> position = Arbitraries.integers().between(0, 100_000);
    Arbitrary<Integer> length = Arbitraries.integers().between(0, 40);
    Arbitrary<String> insert = Arbitraries.of(FRAGMENTS);
    return Combinators.combine(seed, position, length, insert).as((s, pos, len, ins) -> {
      int at = pos % (s.length() + 1);
      int end = Math.min(s.length(), at + len);
      return s.substring(0, at) + ins + s.substring(end);
    });
  }

  @Provide
  Arbitrary<String> valueMutants() {
    Arbitrary<String> seed = Arbitraries.of(SEEDS.subList(0, 3)).map(ParserProperties::seed);
    return Combinators.combine(seed, Arbitraries.longs(), Arbitraries.integers().between(1, 4))
        .as((s, randomSeed, count) -> mutateValues(s, new Random(randomSeed), count));
  }

  /** Replaces {@code count} random values of the JSON text with values of other shapes. */
  static String mutateValues(String json, Random random, int count) {
    try {
      JsonNode root = SharedData.JSON.readTree(json);
      for (int i = 0; i < count; i++) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode replacement = randomValue(random);
        if (target.isObject()) {
          ObjectNode o = (ObjectNode) target;
          List<String> names = new ArrayList<>();
          o.fieldNames().forEachRemaining(names::add);
          if (names.isEmpty() || random.nextInt(5) == 0) {
            o.set(randomKey(random), replacement);
          } else if (random.nextInt(6) == 0) {
            o.remove(names.get(random.nextInt(names.size())));
          } else {
            o.set(names.get(random.nextInt(names.size())), replacement);
          }
        } else {
          ArrayNode a = (ArrayNode) target;
          if (a.isEmpty()) {
            a.add(replacement);
          } else {
            a.set(random.nextInt(a.size()), replacement);
          }
        }
      }
      return SharedData.JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collect(it.next(), out);
      }
    }
  }

  private static String randomKey(Random r) {
    String[] keys = {"Type", "Next", "End", "Resource", "Parameters", "Output", "Arguments",
        "QueryLanguage", "ResultPath", "Items", "Seconds", "Condition", "x.$", "Retry", "Catch",
        "ItemProcessor", "Branches", "Default", "Comment", "Credentials", "Unknown"};
    return keys[r.nextInt(keys.length)];
  }

  private static JsonNode randomValue(Random r) {
    switch (r.nextInt(16)) {
      case 0: return F.nullNode();
      case 1: return F.numberNode(r.nextInt(200) - 100);
      case 2: return F.numberNode(r.nextDouble() * 10);
      case 3: return F.textNode("");
      case 4: return F.textNode("$.a.b");
      case 5: return F.textNode("{% $states.input %}");
      case 6: return F.textNode("{% broken");
      case 7: return F.textNode("States.Format('{}', $.x)");
      case 8: return F.booleanNode(r.nextBoolean());
      case 9: return F.arrayNode().add("States.ALL");
      case 10: return F.objectNode();
      case 11: return F.objectNode().put("Type", "Pass").put("End", true);
      case 12: return F.textNode("JSONata");
      case 13: return F.textNode("2030-01-01T00:00:00Z");
      case 14: return F.objectNode().put("v.$", "$$.Map.Item.Value");
      default: return F.textNode("Map");
    }
  }

  static String seed(String name) {
    try (InputStream in = ParserProperties.class.getResourceAsStream("/definitions/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
