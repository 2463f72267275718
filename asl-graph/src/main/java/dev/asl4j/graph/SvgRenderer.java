package dev.asl4j.graph;

import dev.asl4j.graph.GraphModel.Edge;
import dev.asl4j.graph.GraphModel.EdgeKind;
import dev.asl4j.graph.GraphModel.Mark;
import dev.asl4j.graph.GraphModel.Node;
import dev.asl4j.graph.GraphModel.NodeKind;
import dev.asl4j.graph.Layout.Box;
import dev.asl4j.graph.Layout.Cluster;
import dev.asl4j.graph.Layout.Rect;
import dev.asl4j.graph.Layout.Route;
import java.util.List;
import java.util.Locale;

/**
 * Writes a standalone SVG document from the {@link ElkLayout}. Styling is inline (no CSS needed),
 * each state is a {@code <g class="node KIND [visited|failed|unvisited] [error]"
 * data-state="NAME">} with a {@code <title>} holding the full name and any problems found in it
 * (a tooltip in browsers). All text is XML-escaped and characters XML 1.0 forbids are replaced.
 */
final class SvgRenderer {
  /** DejaVu Sans first: {@link TextMetrics} measured it; the others are no wider. */
  private static final String FONT = "DejaVu Sans, Verdana, Helvetica, Arial, sans-serif";
  private static final String ERROR = "#c62828";
  private final StringBuilder out = new StringBuilder();

  private SvgRenderer() {}

  static String render(GraphModel g) {
    return render(ElkLayout.layout(g));
  }

  static String render(Layout layout) {
    SvgRenderer r = new SvgRenderer();
    long w = Math.round(Math.ceil(layout.width));
    long h = Math.round(Math.ceil(layout.height));
    r.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w)
        .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" font-family=\"").append(FONT).append("\" font-size=\"12\">\n<defs>\n");
    r.marker("arrow", "#555555");
    r.marker("arrow-taken", "#2e7d32");
    r.marker("arrow-catch", ERROR);
    r.out.append("</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    if (layout.problemsRect != null) {
      r.problems(layout);
    }
    for (Cluster c : layout.clusters) {
      if (c.owner != null) {
        r.cluster(c);
      }
      for (Box b : layout.boxes) {
        if (b.in == c) {
          r.node(b);
        }
      }
      // taken edges last: lines into an End marker share their last stretch, and the path of the
      // execution must stay visible on top
      for (boolean taken : new boolean[] {false, true}) {
        for (Route route : layout.routes) {
          if (route.in == c && route.edge.taken == taken) {
            r.edge(route);
          }
        }
      }
    }
    r.out.append("</svg>\n");
    return r.out.toString();
  }

  private void marker(String id, String color) {
    // sized in user units: a thick (taken) line keeps the same arrowhead as a thin one
    out.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
        .append(" markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(color).append("\"/></marker>\n");
  }

  private void problems(Layout layout) {
    Rect p = layout.problemsRect;
    out.append("<g class=\"problems\">\n");
    rect(p, 4, "fill=\"#fdecea\" stroke=\"" + ERROR + "\" stroke-width=\"1.5\"");
    int n = layout.problems.size();
    text(List.of("Problems in this definition"), p.x() + 8, p.y() + 16, "start", ERROR, "bold", 12);
    for (int i = 0; i < n; i++) {
      text(List.of(layout.problems.get(i)), p.x() + 8, p.y() + 16 + ElkLayout.LINE
          + i * ElkLayout.LABEL_LINE, "start", "#212121", null, 11);
    }
    out.append("</g>\n");
  }

  private void cluster(Cluster c) {
    out.append("<g class=\"branch\" data-scope=\"").append(xml(c.scope.id)).append("\">\n");
    rect(c.rect, 8, "fill=\"#ffffff\" stroke=\"#90a4ae\" stroke-dasharray=\"6,3\"");
    text(List.of(c.scope.label), c.label.x(), c.label.y() + 10, "start", "#607d8b", null, 11);
    out.append("</g>\n");
  }

  private void node(Box b) {
    Node n = b.node;
    if (b.entry()) {
      out.append("<circle class=\"entry\" cx=\"").append(num(b.rect.centerX())).append("\" cy=\"")
          .append(num(b.rect.centerY())).append("\" r=\"5\" fill=\"#607d8b\"/>\n");
      return;
    }
    boolean error = !n.problems.isEmpty();
    String kind = n.kind.name().toLowerCase(Locale.ROOT);
    String mark = n.mark == Mark.NONE ? "" : " " + n.mark.name().toLowerCase(Locale.ROOT);
    out.append("<g class=\"node ").append(kind).append(mark).append(error ? " error" : "").append('"');
    if (n.isState()) {
      out.append(" data-state=\"").append(xml(n.name)).append('"');
    }
    out.append(">\n<title>").append(xml(n.label()));
    for (String p : n.problems) {
      out.append("&#10;").append(xml(p));
    }
    out.append("</title>\n");
    Rect r = b.rect;
    switch (n.kind) {
      case START -> out.append("<circle cx=\"").append(num(r.centerX())).append("\" cy=\"")
          .append(num(r.centerY())).append("\" r=\"10\" fill=\"#333333\"/>\n");
      case END -> out.append("<circle cx=\"").append(num(r.centerX())).append("\" cy=\"")
          .append(num(r.centerY())).append("\" r=\"11\" fill=\"none\" stroke=\"#333333\" stroke-width=\"2\"/>")
          .append("<circle cx=\"").append(num(r.centerX())).append("\" cy=\"").append(num(r.centerY()))
          .append("\" r=\"7\" fill=\"#333333\"/>\n");
      case CHOICE -> {
        double s = r.h() / 2;
        out.append("<polygon points=\"").append(num(r.x())).append(',').append(num(r.centerY()))
            .append(' ').append(num(r.x() + s)).append(',').append(num(r.y())).append(' ')
            .append(num(r.right() - s)).append(',').append(num(r.y())).append(' ')
            .append(num(r.right())).append(',').append(num(r.centerY())).append(' ')
            .append(num(r.right() - s)).append(',').append(num(r.bottom())).append(' ')
            .append(num(r.x() + s)).append(',').append(num(r.bottom())).append('"')
            .append(paint(n)).append("/>\n");
      }
      default -> rect(r, switch (n.kind) {
        case SUCCEED, FAIL -> 12;
        case PASS, WAIT, PARALLEL, MAP -> 8;
        default -> 2;
      }, paint(n).trim());
    }
    if (!b.lines.isEmpty()) {
      // first baseline: the line box is LINE tall and the font's ascent sits ~11.5 px below its top
      double first = b.text.y() + 11.5;
      text(b.lines, b.text.centerX(), first, "middle",
          n.mark == Mark.UNVISITED ? "#9e9e9e" : "#212121", b.composite() ? "bold" : null, 12);
    }
    if (error) {
      out.append("<circle class=\"badge\" cx=\"").append(num(r.right() - 2)).append("\" cy=\"")
          .append(num(r.y() + 2)).append("\" r=\"8\" fill=\"").append(ERROR).append("\"/>")
          .append("<text x=\"").append(num(r.right() - 2)).append("\" y=\"").append(num(r.y() + 6))
          .append("\" text-anchor=\"middle\" fill=\"#ffffff\" font-weight=\"bold\" font-size=\"11\">!</text>\n");
    }
    out.append("</g>\n");
  }

  private static String paint(Node n) {
    boolean error = !n.problems.isEmpty();
    String fill = switch (n.mark) {
      case VISITED -> "#c8e6c9";
      case FAILED -> "#ef9a9a";
      case UNVISITED -> "#f5f5f5";
      case NONE -> switch (n.kind) {
        case CHOICE -> "#fff8e1";
        case SUCCEED -> "#e8f5e9";
        case FAIL, MISSING -> "#fdecea";
        case PARALLEL, MAP -> "#f7f9fb";
        default -> "#ffffff";
      };
    };
    String stroke = error ? ERROR : switch (n.mark) {
      case VISITED -> "#2e7d32";
      case FAILED -> "#b71c1c";
      case UNVISITED -> "#9e9e9e";
      case NONE -> switch (n.kind) {
        case SUCCEED -> "#2e7d32";
        case FAIL, MISSING -> ERROR;
        case CHOICE -> "#f9a825";
        default -> "#455a64";
      };
    };
    double width = error || n.mark == Mark.VISITED || n.mark == Mark.FAILED ? 3 : 1.5;
    boolean dashed = n.mark == Mark.UNVISITED || n.kind == NodeKind.MISSING;
    return " fill=\"" + fill + "\" stroke=\"" + stroke + "\" stroke-width=\"" + num(width) + "\""
        + (dashed ? " stroke-dasharray=\"5,4\"" : "");
  }

  private void rect(Rect r, double rx, String paint) {
    out.append("<rect x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y()))
        .append("\" width=\"").append(num(r.w())).append("\" height=\"").append(num(r.h()))
        .append("\" rx=\"").append(num(rx)).append("\" ").append(paint).append("/>\n");
  }

  private void edge(Route r) {
    Edge e = r.edge;
    if (e.kind == EdgeKind.BRANCH) {
      out.append("<g class=\"edge entry").append(e.taken ? " taken" : "").append("\">\n");
      polyline(r.points, e.taken ? "#2e7d32" : "#607d8b", e.taken ? 3 : 1.3, false,
          e.taken ? "arrow-taken" : "arrow");
      out.append("</g>\n");
      return;
    }
    String kind = e.kind.name().toLowerCase(Locale.ROOT);
    String color = e.taken ? "#2e7d32" : e.kind == EdgeKind.CATCH ? ERROR : "#555555";
    String marker = e.taken ? "arrow-taken" : e.kind == EdgeKind.CATCH ? "arrow-catch" : "arrow";
    out.append("<g class=\"edge ").append(kind).append(e.taken ? " taken" : "").append("\">\n");
    polyline(r.points, color, e.taken ? 3 : 1.3, e.dashed(), marker);
    if (r.labelRect != null) {
      text(r.label, r.labelRect.x() + 2, r.labelRect.y() + 11, "start", color, null, 11);
    }
    out.append("</g>\n");
  }

  private void polyline(double[] p, String color, double width, boolean dashed, String marker) {
    out.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"")
        .append(num(width)).append('"');
    if (dashed) {
      out.append(" stroke-dasharray=\"6,4\"");
    }
    out.append(" points=\"");
    for (int i = 0; i < p.length; i += 2) {
      out.append(i == 0 ? "" : " ").append(num(p[i])).append(',').append(num(p[i + 1]));
    }
    out.append("\" marker-end=\"url(#").append(marker).append(")\"/>\n");
  }

  private void text(List<String> lines, double x, double y, String anchor, String color,
      String weight, double size) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(color).append('"');
    if (weight != null) {
      out.append(" font-weight=\"").append(weight).append('"');
    }
    if (size != 12) {
      out.append(" font-size=\"").append(num(size)).append('"');
    }
    if (!"#212121".equals(color)) {
      // a white halo keeps edge labels readable where they cross lines
      out.append(" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"");
    }
    out.append('>');
    double step = size == 12 ? ElkLayout.LINE : ElkLayout.LABEL_LINE;
    for (int i = 0; i < lines.size(); i++) {
      out.append("<tspan x=\"").append(num(x)).append("\" dy=\"").append(i == 0 ? "0" : num(step))
          .append("\">").append(xml(lines.get(i))).append("</tspan>");
    }
    out.append("</text>\n");
  }

  private static String num(double d) {
    long r = Math.round(d * 10);
    return r % 10 == 0 ? Long.toString(r / 10) : Double.toString(r / 10.0);
  }

  /**
   * {@code s} escaped for XML text and attributes; characters XML 1.0 does not allow (controls,
   * lone surrogates, U+FFFE/U+FFFF) become U+FFFD, newlines a space.
   */
  static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        case '\n', '\r', '\t' -> b.append(' ');
        default -> {
          boolean bad = cp < 0x20 || (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfffe || cp == 0xffff;
          if (bad) {
            b.append('\uFFFD');
          } else {
            b.appendCodePoint(cp);
          }
        }
      }
    });
    return b.toString();
  }
}
