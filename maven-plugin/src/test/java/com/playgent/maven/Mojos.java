package com.playgent.maven;

import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Goals configured as Maven configures them, without Maven: parameters found in the generated
 * plugin descriptor ({@code META-INF/maven/plugin.xml}) by their property, fields set by reflection.
 */
final class Mojos {
  private Mojos() {}

  /** One parameter of a goal as the descriptor declares it. */
  record Param(String goal, String name, String type, String expression, String defaultValue) {
    /** {@code playgent.timeout} for {@code ${playgent.timeout}}, else null. */
    String property() {
      return expression != null && expression.startsWith("${") && expression.endsWith("}")
          ? expression.substring(2, expression.length() - 1) : null;
    }
  }

  /** Every parameter of every goal in the descriptor the build generated. */
  static List<Param> descriptor() {
    try (InputStream in = Mojos.class.getClassLoader().getResourceAsStream("META-INF/maven/plugin.xml")) {
      if (in == null) {
        throw new IllegalStateException("META-INF/maven/plugin.xml is not on the test class path: the "
            + "maven-plugin-plugin descriptor goal did not run");
      }
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
      List<Param> params = new ArrayList<>();
      NodeList mojos = doc.getElementsByTagName("mojo");
      for (int i = 0; i < mojos.getLength(); i++) {
        Element mojo = (Element) mojos.item(i);
        String goal = child(mojo, "goal").getTextContent().trim();
        Map<String, String> types = new LinkedHashMap<>();
        Element parameters = optionalChild(mojo, "parameters");
        for (Element p : children(parameters)) {
          types.put(child(p, "name").getTextContent().trim(), child(p, "type").getTextContent().trim());
        }
        Element configuration = optionalChild(mojo, "configuration");
        for (Element c : children(configuration)) {
          String dflt = c.hasAttribute("default-value") ? c.getAttribute("default-value") : null;
          String expression = c.getTextContent().trim();
          params.add(new Param(goal, c.getTagName(), types.get(c.getTagName()),
              expression.isEmpty() ? null : expression, dflt));
        }
      }
      return params;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the plugin descriptor: " + e, e);
    }
  }

  /** The parameter of {@code goal} whose property is {@code key}, or null. */
  static Param parameter(String goal, String key) {
    return descriptor().stream().filter(p -> p.goal().equals(goal) && key.equals(p.property())).findFirst()
        .orElse(null);
  }

  /** Sets each {@code key → value} on the goal's parameter with that property, converting as Maven does. */
  static <T> T configure(T mojo, String goal, Map<String, String> valuesByKey) {
    for (Map.Entry<String, String> e : valuesByKey.entrySet()) {
      Param p = parameter(goal, e.getKey());
      if (p == null) {
        throw new AssertionError("playgent:" + goal + " has no parameter with property " + e.getKey());
      }
      set(mojo, p.name(), convert(e.getValue(), p.type()));
    }
    return mojo;
  }

  private static Object convert(String value, String type) {
    switch (type) {
      case "java.io.File": return new File(value);
      case "java.util.List": return new ArrayList<>(Arrays.asList(value.split(",")));
      case "boolean": return Boolean.parseBoolean(value);
      case "int": return Integer.parseInt(value);
      default: return value;
    }
  }

  static void set(Object target, String field, Object value) {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
        return;
      } catch (NoSuchFieldException next) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalArgumentException(target.getClass().getSimpleName() + " has no field " + field);
  }

  private static Element child(Element parent, String name) {
    Element e = optionalChild(parent, name);
    if (e == null) {
      throw new IllegalStateException("<" + parent.getTagName() + "> has no <" + name + ">");
    }
    return e;
  }

  private static Element optionalChild(Element parent, String name) {
    return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst().orElse(null);
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  /** A log that keeps what a goal said. */
  static final class Captured extends SystemStreamLog {
    final List<String> infos = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
      infos.add(content.toString());
    }

    @Override
    public void warn(CharSequence content) {
      warnings.add(content.toString());
    }
  }
}
