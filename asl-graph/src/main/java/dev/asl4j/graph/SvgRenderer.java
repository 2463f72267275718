package dev.asl4j.graph;

import dev.asl4j.graph.GraphModel.Edge;
import dev.asl4j.graph.GraphModel.EdgeKind;
import dev.asl4j.graph.GraphModel.Mark;
import dev.asl4j.graph.GraphModel.Node;
import dev.asl4j.graph.SvgLayout.Box;
import dev.asl4j.graph.SvgLayout.Route;
import dev.asl4j.graph.SvgLayout.ScopeBox;
import java.util.List;
import java.util.Locale;

/**
 * Writes a standalone SVG document from {@link SvgLayout}. Styling is inline (no CSS needed), each
 * state is a {@code <g class="node KIND [visited|failed|unvisited]" data-state="NAME">} with a
 * {@code <title>} holding the full name (a tooltip in browsers; the box shows a wrapped, possibly
 * shortened label). All text is XML-escaped and characters XML 1.0 forbids are replaced.
 */
final class SvgRenderer {
  private static final String FONT = "Helvetica, Arial, sans-serif";
  private final StringBuilder out = new StringBuilder();

  private SvgRenderer() {}

  static String render(GraphModel g) {
    ScopeBox root = SvgLayout.layout(g.root, true);
    SvgRenderer r = new SvgRenderer();
    long w = Math.round(Math.ceil(root.w + 8));
    long h = Math.round(Math.ceil(root.h + 8));
    r.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w)
        .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" font-family=\"").append(FONT).append("\" font-size=\"12\">\n")
        .append("<defs>\n");
    r.marker("arrow", "#555555");
    r.marker("arrow-taken", "#2e7d32");
    r.marker("arrow-catch", "#c62828");
    r.out.append("</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    r.scope(root, 4, 4);
    r.out.append("</svg>\n");
    return r.out.toString();
  }

  private void marker(String id, String color) {
    out.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
        .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(color).append("\"/></marker>\n");
  }

  private void scope(ScopeBox sb, double dx, double dy) {
    out.append("<g class=\"scope\" data-scope=\"").append(xml(sb.scope.id))
        .append("\" transform=\"translate(").append(num(dx)).append(',').append(num(dy)).append(")\">\n");
    for (Node n : sb.scope.nodes) {
      node(sb.boxes.get(n));
    }
    for (Route r : sb.routes) {
      edge(r);
    }
    out.append("</g>\n");
  }

  private void node(Box b) {
    Node n = b.node;
    String kind = n.kind.name().toLowerCase(Locale.ROOT);
    String mark = n.mark == Mark.NONE ? "" : " " + n.mark.name().toLowerCase(Locale.ROOT);
    out.append("<g class=\"node ").append(kind).append(mark).append('"');
    if (n.isState()) {
      out.append(" data-state=\"").append(xml(n.name)).append('"');
    }
    out.append(">\n<title>").append(xml(n.label())).append("</title>\n");
    String fill = switch (n.mark) {
      case VISITED -> "#c8e6c9";
      case FAILED -> "#ef9a9a";
      case UNVISITED -> "#f5f5f5";
      case NONE -> switch (n.kind) {
        case CHOICE -> "#fff8e1";
        case SUCCEED -> "#e8f5e9";
        case FAIL -> "#fdecea";
        case PARALLEL, MAP -> "#f7f9fb";
        default -> "#ffffff";
      };
    };
    String stroke = switch (n.mark) {
      case VISITED -> "#2e7d32";
      case FAILED -> "#b71c1c";
      case UNVISITED -> "#9e9e9e";
      case NONE -> switch (n.kind) {
        case SUCCEED -> "#2e7d32";
        case FAIL, MISSING -> "#c62828";
        case CHOICE -> "#f9a825";
        default -> "#455a64";
      };
    };
    String paint = " fill=\"" + fill + "\" stroke=\"" + stroke + "\" stroke-width=\""
        + (n.mark == Mark.VISITED || n.mark == Mark.FAILED ? 3 : 1.5) + "\""
        + (n.mark == Mark.UNVISITED || n.kind == GraphModel.NodeKind.MISSING
            ? " stroke-dasharray=\"5,4\"" : "");
    double cx = b.x + b.w / 2;
    double cy = b.y + b.h / 2;
    switch (n.kind) {
      case START -> out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
          .append("\" r=\"10\" fill=\"#333333\"/>\n");
      case END -> out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
          .append("\" r=\"11\" fill=\"none\" stroke=\"#333333\" stroke-width=\"2\"/>")
          .append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
          .append("\" r=\"7\" fill=\"#333333\"/>\n");
      case CHOICE -> out.append("<polygon points=\"").append(num(cx)).append(',').append(num(b.y))
          .append(' ').append(num(b.x + b.w)).append(',').append(num(cy)).append(' ')
          .append(num(cx)).append(',').append(num(b.y + b.h)).append(' ').append(num(b.x))
          .append(',').append(num(cy)).append('"').append(paint).append("/>\n");
      default -> {
        double rx = switch (n.kind) {
          case SUCCEED, FAIL -> b.h / 2;
          case PASS, WAIT, PARALLEL, MAP -> 8;
          default -> 2;
        };
        out.append("<rect x=\"").append(num(b.x)).append("\" y=\"").append(num(b.y))
            .append("\" width=\"").append(num(b.w)).append("\" height=\"").append(num(b.h))
            .append("\" rx=\"").append(num(Math.min(rx, 20))).append('"').append(paint).append("/>\n");
      }
    }
    if (!b.lines.isEmpty()) {
      boolean composite = !b.children.isEmpty();
      double firstY = composite ? b.y + 18 : cy - (b.lines.size() - 1) * SvgLayout.LINE_H / 2 + 4;
      text(b.lines, cx, firstY, "middle",
          n.mark == Mark.UNVISITED ? "#9e9e9e" : "#212121", composite ? "bold" : null);
    }
    out.append("</g>\n");
    for (ScopeBox child : b.children) {
      out.append("<g class=\"branch\">\n<rect x=\"").append(num(b.x + child.x)).append("\" y=\"")
          .append(num(b.y + child.y)).append("\" width=\"").append(num(child.w))
          .append("\" height=\"").append(num(child.h))
          .append("\" rx=\"8\" fill=\"#ffffff\" stroke=\"#90a4ae\" stroke-dasharray=\"6,3\"/>\n");
      text(List.of(child.scope.label), b.x + child.x + 8, b.y + child.y + 16, "start", "#607d8b", null);
      out.append("</g>\n");
      scope(child, b.x + child.x, b.y + child.y);
    }
  }

  private void edge(Route r) {
    Edge e = r.edge();
    String kind = e.kind.name().toLowerCase(Locale.ROOT);
    String color = e.taken ? "#2e7d32" : e.kind == EdgeKind.CATCH ? "#c62828" : "#555555";
    String marker = e.taken ? "arrow-taken" : e.kind == EdgeKind.CATCH ? "arrow-catch" : "arrow";
    out.append("<g class=\"edge ").append(kind).append(e.taken ? " taken" : "").append("\">\n")
        .append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"")
        .append(e.taken ? 3 : 1.3).append('"');
    if (e.dashed()) {
      out.append(" stroke-dasharray=\"6,4\"");
    }
    out.append(" points=\"");
    double[] p = r.points();
    for (int i = 0; i < p.length; i += 2) {
      out.append(i == 0 ? "" : " ").append(num(p[i])).append(',').append(num(p[i + 1]));
    }
    out.append("\" marker-end=\"url(#").append(marker).append(")\"/>\n");
    if (!e.label.isEmpty() && e.kind != EdgeKind.BRANCH) {
      text(List.of(e.label.split("\n", -1)), r.labelX(), r.labelY(), r.labelStart() ? "start" : "middle",
          color, null);
    }
    out.append("</g>\n");
  }

  private void text(List<String> lines, double x, double y, String anchor, String color, String weight) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(color).append('"');
    if (weight != null) {
      out.append(" font-weight=\"").append(weight).append('"');
    }
    if (!"#212121".equals(color)) {
      // a white halo keeps edge labels readable where they cross lines
      out.append(" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" font-size=\"11\"");
    }
    out.append('>');
    for (int i = 0; i < lines.size(); i++) {
      out.append("<tspan x=\"").append(num(x)).append("\" dy=\"").append(i == 0 ? "0" : "15")
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
