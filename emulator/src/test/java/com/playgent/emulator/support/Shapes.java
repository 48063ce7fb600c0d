package com.playgent.emulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Compare JSON trees by shape: every field of the documented example, same JSON type and nesting. */
public final class Shapes {
  private Shapes() {}

  public static void assertSameShape(JsonNode documented, JsonNode actual) {
    check(documented, actual, "$");
  }

  private static void check(JsonNode expected, JsonNode actual, String path) {
    assertThat(actual).as("%s is missing", path).isNotNull();
    if (expected.isNull()) {
      return;
    }
    assertThat(type(actual)).as("JSON type of %s (value %s)", path, actual).isEqualTo(type(expected));
    if (expected.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        check(e.getValue(), actual.get(e.getKey()), path + "." + e.getKey());
      }
    } else if (expected.isArray() && !expected.isEmpty()) {
      assertThat(actual.size()).as("%s must not be empty", path).isPositive();
      for (int i = 0; i < actual.size(); i++) {
        check(expected.get(0), actual.get(i), path + "[" + i + "]");
      }
    }
  }

  private static String type(JsonNode n) {
    if (n.isNumber()) {
      return "number";
    }
    return n.getNodeType().name();
  }
}
