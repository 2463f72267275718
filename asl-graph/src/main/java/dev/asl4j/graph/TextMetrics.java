package dev.asl4j.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Text widths for the SVG picture, from advance widths measured on DejaVu Sans (the first family
 * the SVG asks for; Verdana is as wide, Arial and Helvetica narrower), so boxes are sized from
 * the text they hold rather than from a guess per character. A table, not the JVM's font system:
 * the picture is the same on every machine, with or without fonts installed. Characters outside
 * printable ASCII count 1.25 em (the widest measured, bold Cyrillic capitals, take 1.22 em; CJK
 * and emoji about 1), combining marks zero.
 */
final class TextMetrics {
  /** Advance widths of U+0020..U+007E in thousandths of an em, regular weight. */
  private static final short[] REGULAR = {
    318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337,
    637, 637, 637, 637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 531,
    1000, 685, 687, 699, 771, 632, 576, 775, 752, 295, 295, 656, 558, 863, 749, 788,
    604, 788, 695, 635, 611, 732, 685, 989, 686, 611, 686, 391, 337, 391, 838, 500,
    500, 613, 635, 550, 635, 616, 353, 635, 634, 278, 278, 580, 278, 975, 634, 612,
    635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838
  };

  /** The same, bold. */
  private static final short[] BOLD = {
    349, 457, 521, 838, 696, 1002, 873, 307, 458, 458, 523, 838, 380, 416, 380, 366,
    696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 581,
    1000, 774, 763, 734, 831, 684, 684, 821, 837, 373, 373, 775, 638, 996, 837, 851,
    733, 851, 771, 721, 683, 813, 774, 1104, 771, 725, 726, 458, 366, 458, 838, 500,
    500, 675, 716, 593, 716, 679, 436, 716, 712, 343, 343, 666, 343, 1042, 712, 688,
    716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712, 366, 712, 838
  };

  /** Any other character, in thousandths of an em. */
  private static final int OTHER = 1250;

  /** Room for fonts a little wider than the measured one, and for rounding in the renderer. */
  private static final double SLACK = 1.04;

  private TextMetrics() {}

  /** The width of {@code s} in pixels at {@code size} px. */
  static double width(String s, double size, boolean bold) {
    short[] table = bold ? BOLD : REGULAR;
    long milli = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= 0x20 && cp < 0x7f) {
        milli += table[cp - 0x20];
      } else if (Character.getType(cp) != Character.NON_SPACING_MARK && !Character.isISOControl(cp)) {
        milli += OTHER;
      }
    }
    return milli * size / 1000.0 * SLACK;
  }

  /** The widest of {@code lines}. */
  static double widest(List<String> lines, double size, boolean bold) {
    double w = 0;
    for (String l : lines) {
      w = Math.max(w, width(l, size, bold));
    }
    return w;
  }

  /**
   * {@code text} in lines no wider than {@code max} px, broken only at spaces (and at the
   * {@code \n}s it has): a word is never split, so a word wider than {@code max} gets a line of
   * its own and the box grows to hold it.
   */
  static List<String> wrap(String text, double size, boolean bold, double max) {
    List<String> lines = new ArrayList<>();
    for (String para : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : para.split(" ", -1)) {
        if (line.length() == 0) {
          line.append(word);
        } else if (width(line + " " + word, size, bold) <= max) {
          line.append(' ').append(word);
        } else {
          lines.add(line.toString());
          line.setLength(0);
          line.append(word);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
