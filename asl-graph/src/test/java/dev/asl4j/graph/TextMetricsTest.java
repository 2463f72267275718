package dev.asl4j.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMetricsTest {
  @Test
  void wrapsAtSpacesOnlyAndKeepsEveryWord() {
    String label = "Check whether the customer has enough credit for this order";
    List<String> lines = TextMetrics.wrap(label, 12, false, 120);
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(String.join(" ", lines)).isEqualTo(label);
    for (String l : lines) {
      assertThat(TextMetrics.width(l, 12, false)).isLessThanOrEqualTo(120);
    }
  }

  @Test
  void aWordWiderThanTheLineKeepsALineOfItsOwn() {
    String word = "$.lambdaResult.Payload.body.items[0].status";
    assertThat(TextMetrics.wrap("if " + word + " ok", 11, false, 60)).containsExactly("if", word, "ok");
  }

  @Test
  void widerScriptsAndBoldCountMore() {
    assertThat(TextMetrics.width("日本語", 12, false)).isGreaterThan(TextMetrics.width("abc", 12, false));
    assertThat(TextMetrics.width("Parallel", 12, true)).isGreaterThan(TextMetrics.width("Parallel", 12, false));
    assertThat(TextMetrics.width("e\u0301", 12, false)).isEqualTo(TextMetrics.width("e", 12, false));
  }

  /**
   * The table is never narrower than the font the SVG asks for first, measured by the JVM's own
   * font system where DejaVu Sans is installed (the table was measured the same way).
   */
  @Test
  void theTableIsNoNarrowerThanDejaVuSans() {
    boolean installed = true;
    List<String> families = new ArrayList<>();
    try {
      families.addAll(Arrays.asList(
          GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
    } catch (RuntimeException | Error e) {
      installed = false;
    }
    assumeTrue(installed && families.contains("DejaVu Sans"),
        "DejaVu Sans is not installed: the widths cannot be compared with the real font");
    FontRenderContext frc = new FontRenderContext(null, true, true);
    List<String> samples = new ArrayList<>();
    for (GraphCorpus.Entry e : GraphCorpus.all()) {
      samples.addAll(GraphCorpus.stateNames(e.machine()));
    }
    samples.add("$.inventoryAvailable == true");
    samples.add("Retry States.TaskFailed, States.Timeout ×3");
    samples.add("ЖЩШ Проверка заказа");
    samples.add("Überprüfung – Bestätigung ÀÉÎÕÜ");
    samples.add("Ship it 😀🚀");
    for (boolean bold : new boolean[] {false, true}) {
      Font f = new Font("DejaVu Sans", bold ? Font.BOLD : Font.PLAIN, 12);
      for (String s : samples) {
        double real = f.getStringBounds(s, frc).getWidth();
        assertThat(TextMetrics.width(s, 12, bold)).as(s).isGreaterThanOrEqualTo(real);
      }
    }
  }
}
