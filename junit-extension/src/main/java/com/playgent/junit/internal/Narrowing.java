package com.playgent.junit.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.NestedClassSelector;
import org.junit.platform.engine.discovery.NestedMethodSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;

/**
 * What one discovery request selects inside Playgent factories: unique ids that reach into a
 * factory's containers or turns, as an IDE sends when one turn or one container is re-run. A
 * factory counts as narrowed only when nothing else in the request selects it whole (its class, its
 * method, its own unique id or one above it); a request with any other kind of selector (packages,
 * class path roots, files) narrows nothing.
 */
public final class Narrowing {
  /** Nothing narrowed: every factory reports all its runs. */
  public static final Narrowing NONE = new Narrowing(Map.of(), Set.of(), Set.of(), List.of(), false);

  static final String FACTORY = "test-factory";
  static final String CONTAINER = "dynamic-container";
  static final String TEST = "dynamic-test";

  /** One dynamic segment: {@code [dynamic-container:#2]}. */
  public record Position(String type, int index) {
    @Override
    public String toString() {
      return "[" + type + ":#" + index + "]";
    }
  }

  /**
   * The positions selected below one factory, each a path such as
   * {@code [dynamic-container:#1]/[dynamic-test:#2]}.
   */
  public record Narrowed(String factoryId, List<List<Position>> paths) {
    public Narrowed {
      paths = List.copyOf(paths);
    }

    /** The selected paths as the ids below the factory read: {@code [dynamic-container:#1]/[dynamic-test:#2]}. */
    public String describe() {
      List<String> out = new ArrayList<>();
      for (List<Position> p : paths) {
        out.add(text(p));
      }
      return String.join(", ", out);
    }

    static String text(List<Position> path) {
      StringBuilder b = new StringBuilder();
      for (Position p : path) {
        b.append(b.length() == 0 ? "" : "/").append(p);
      }
      return b.toString();
    }
  }

  private final Map<String, List<List<Position>>> pathsByFactory;
  private final Set<String> wholeClasses;
  private final Set<String> wholeMethods;
  private final List<UniqueId> wholeIds;
  private final boolean broad;

  private Narrowing(Map<String, List<List<Position>>> pathsByFactory, Set<String> wholeClasses,
      Set<String> wholeMethods, List<UniqueId> wholeIds, boolean broad) {
    this.pathsByFactory = pathsByFactory;
    this.wholeClasses = wholeClasses;
    this.wholeMethods = wholeMethods;
    this.wholeIds = wholeIds;
    this.broad = broad;
  }

  /** Reads the selectors of one discovery request. */
  public static Narrowing of(List<? extends DiscoverySelector> selectors) {
    Map<String, List<List<Position>>> paths = new LinkedHashMap<>();
    Set<String> classes = new HashSet<>();
    Set<String> methods = new HashSet<>();
    List<UniqueId> ids = new ArrayList<>();
    boolean broad = false;
    for (DiscoverySelector selector : selectors) {
      if (selector instanceof UniqueIdSelector u) {
        UniqueId id = u.getUniqueId();
        List<Position> path = new ArrayList<>();
        UniqueId factory = id;
        while (!factory.getSegments().isEmpty() && position(factory.getLastSegment()).isPresent()) {
          path.add(0, position(factory.getLastSegment()).get());
          factory = factory.removeLastSegment();
        }
        boolean intoFactory = !path.isEmpty() && !factory.getSegments().isEmpty()
            && FACTORY.equals(factory.getLastSegment().getType());
        if (intoFactory) {
          paths.computeIfAbsent(factory.toString(), k -> new ArrayList<>()).add(List.copyOf(path));
        } else {
          ids.add(id);
        }
      } else if (selector instanceof NestedMethodSelector m) {
        methods.add(m.getNestedClassName() + "#" + m.getMethodName());
      } else if (selector instanceof MethodSelector m) {
        methods.add(m.getClassName() + "#" + m.getMethodName());
      } else if (selector instanceof NestedClassSelector c) {
        classes.add(c.getNestedClassName());
      } else if (selector instanceof ClassSelector c) {
        classes.add(c.getClassName());
      } else {
        broad = true;
      }
    }
    if (paths.isEmpty()) {
      return NONE;
    }
    return new Narrowing(paths, classes, methods, ids, broad);
  }

  /**
   * The selection inside the factory with unique id {@code factoryId} (method {@code method} of
   * {@code className}), or empty when the factory is selected whole.
   */
  public Optional<Narrowed> of(String factoryId, String className, String method) {
    if (broad || factoryId == null || pathsByFactory.isEmpty()) {
      return Optional.empty();
    }
    UniqueId factory;
    try {
      factory = UniqueId.parse(factoryId);
    } catch (RuntimeException notAUniqueId) {
      return Optional.empty();
    }
    List<List<Position>> paths = pathsByFactory.get(factory.toString());
    if (paths == null || wholeMethods.contains(className + "#" + method)) {
      return Optional.empty();
    }
    for (String c : wholeClasses) {
      if (className.equals(c) || className.startsWith(c + "$")) {
        return Optional.empty();
      }
    }
    for (UniqueId whole : wholeIds) {
      if (factory.hasPrefix(whole)) {
        return Optional.empty();
      }
    }
    return Optional.of(new Narrowed(factory.toString(), paths));
  }

  private static Optional<Position> position(UniqueId.Segment segment) {
    boolean dynamic = CONTAINER.equals(segment.getType()) || TEST.equals(segment.getType());
    String v = segment.getValue();
    if (!dynamic || !v.matches("#[1-9][0-9]{0,8}")) {
      return Optional.empty();
    }
    return Optional.of(new Position(segment.getType(), Integer.parseInt(v.substring(1))));
  }
}
