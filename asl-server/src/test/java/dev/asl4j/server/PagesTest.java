package dev.asl4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagesTest {
  private static ObjectNode page(List<Integer> items, Integer max, String token, String listing) {
    ObjectNode body = Core.object();
    if (max != null) {
      body.put("maxResults", max);
    }
    if (token != null) {
      body.put("nextToken", token);
    }
    return Pages.page(new Req(body), listing, items, "items",
        i -> Core.object().put("i", i), Core.object());
  }

  @Test
  void walksEveryItemOnceInOrder() {
    List<Integer> items = IntStream.range(0, 23).boxed().toList();
    List<Integer> seen = new ArrayList<>();
    String token = null;
    do {
      ObjectNode p = page(items, 5, token, "L");
      p.path("items").forEach(n -> seen.add(n.path("i").asInt()));
      token = p.path("nextToken").textValue();
    } while (token != null);
    assertThat(seen).isEqualTo(items);
  }

  @Test
  void defaultPageIsAHundred() {
    List<Integer> items = IntStream.range(0, 150).boxed().toList();
    assertThat(page(items, null, null, "L").path("items")).hasSize(100);
    assertThat(page(items, 0, null, "L").path("items")).hasSize(100);
  }

  @Test
  void aTokenOfAnotherListingIsInvalid() {
    List<Integer> items = IntStream.range(0, 10).boxed().toList();
    String token = page(items, 2, null, "L").path("nextToken").asText();
    assertThatThrownBy(() -> page(items, 2, token, "other listing"))
        .hasMessageStartingWith("Invalid Token: '");
    assertThatThrownBy(() -> page(items, 2, "%%%", "L")).isInstanceOf(ApiError.class);
  }
}
