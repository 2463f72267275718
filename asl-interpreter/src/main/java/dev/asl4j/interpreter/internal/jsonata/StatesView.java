package dev.asl4j.interpreter.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.internal.expr.Scope;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * {@code $states} with its {@code context} member taken from the scope only when an expression
 * reads it: building the Context object (with its formatted EnteredTime) for every state costs
 * more than most expressions, and few read it. Members keep AWS's order, {@code context} last.
 */
final class StatesView extends AbstractMap<String, Object> {
  static final String CONTEXT = "context";

  private final JsonViews.ObjectView base;
  private final Scope scope;
  private Object context;
  private Set<Map.Entry<String, Object>> entries;

  /** @param states {@code $states} without {@code context} */
  StatesView(ObjectNode states, Scope scope) {
    this.base = new JsonViews.ObjectView(states);
    this.scope = scope;
  }

  private Object context() {
    if (context == null) {
      context = JsonViews.toJsonata(scope.contextObject());
    }
    return context;
  }

  @Override
  public Object get(Object key) {
    return CONTEXT.equals(key) ? context() : base.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return CONTEXT.equals(key) || base.containsKey(key);
  }

  @Override
  public int size() {
    return base.size() + 1;
  }

  @Override
  public boolean isEmpty() {
    return false;
  }

  /** The JSON value, for an expression that returns {@code $states} itself. */
  JsonNode toNode() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.setAll(base.node);
    o.set(CONTEXT, scope.contextObject());
    return o;
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    if (entries == null) {
      entries = new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, Object>> iterator() {
          Iterator<Map.Entry<String, Object>> members = base.entrySet().iterator();
          return new Iterator<>() {
            private boolean contextDone;

            @Override
            public boolean hasNext() {
              return members.hasNext() || !contextDone;
            }

            @Override
            public Map.Entry<String, Object> next() {
              if (members.hasNext()) {
                return members.next();
              }
              if (contextDone) {
                throw new java.util.NoSuchElementException();
              }
              contextDone = true;
              return new AbstractMap.SimpleImmutableEntry<>(CONTEXT, context());
            }
          };
        }

        @Override
        public int size() {
          return StatesView.this.size();
        }
      };
    }
    return entries;
  }
}
