/**
 * Pictures of state machines: {@link dev.asl4j.graph.StateGraph} renders a parsed
 * {@link dev.asl4j.parser.model.StateMachine} as Mermaid, Graphviz DOT or standalone SVG, with an
 * optional {@link dev.asl4j.graph.GraphOverlay} (one execution's path, or coverage, and the
 * diagnostics of an invalid definition). The SVG is laid out with Eclipse ELK.
 *
 * <pre>
 * String md = StateGraph.render(machine, GraphFormat.MERMAID);
 * </pre>
 */
package dev.asl4j.graph;
