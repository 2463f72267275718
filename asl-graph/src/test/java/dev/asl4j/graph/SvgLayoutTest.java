package dev.asl4j.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.graph.SvgLayout.Box;
import dev.asl4j.graph.SvgLayout.ScopeBox;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The layout never overlaps two boxes of a scope and keeps every box inside its scope. */
class SvgLayoutTest {
  @TestFactory
  Stream<DynamicTest> boxesDoNotOverlapAndStayInside() {
    return GraphCorpus.all().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
      GraphModel g = GraphBuilder.build(e.machine(), GraphOverlay.none());
      List<String> problems = new ArrayList<>();
      check(SvgLayout.layout(g.root, true), problems);
      assertThat(problems).isEmpty();
    }));
  }

  private static void check(ScopeBox sb, List<String> problems) {
    List<Box> boxes = new ArrayList<>();
    sb.scope.nodes.forEach(n -> boxes.add(sb.boxes.get(n)));
    for (int i = 0; i < boxes.size(); i++) {
      Box a = boxes.get(i);
      if (a.x < 0 || a.y < 0 || a.x + a.w > sb.w + 0.01 || a.y + a.h > sb.h + 0.01) {
        problems.add(a.node.id + " outside scope " + sb.scope.id);
      }
      for (int j = i + 1; j < boxes.size(); j++) {
        Box b = boxes.get(j);
        boolean apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        if (!apart) {
          problems.add(a.node.id + " overlaps " + b.node.id);
        }
      }
      for (ScopeBox child : a.children) {
        if (child.x + child.w > a.w + 0.01 || child.y + child.h > a.h + 0.01) {
          problems.add(child.scope.id + " sticks out of " + a.node.id);
        }
        check(child, problems);
      }
    }
  }
}
