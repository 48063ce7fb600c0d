package com.playgent.emulator.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.function.UnaryOperator;

/**
 * Change one field of a JSON body: {@link #corrupt} changes its JSON type, so a strict client sees
 * a type error (a number, boolean or null becomes a string, a string becomes the number 42, an
 * object or array becomes a string of its JSON); {@link #replace} sets it to a given string. The
 * dot-separated path is resolved from the root and, when it is not found there, in every element
 * of the root's {@code turns} array. Numeric segments index arrays.
 */
public final class FieldCorrupter {
  private FieldCorrupter() {}

  /** Corrupt {@code path} in {@code root}; return how many fields were changed. */
  public static int corrupt(JsonNode root, String path) {
    return change(root, path, value -> value.isTextual() ? IntNode.valueOf(42)
        : value.isContainerNode() ? TextNode.valueOf(value.toString()) : TextNode.valueOf(value.asText()));
  }

  /** Set {@code path} in {@code root} to the string {@code text}; return how many fields were changed. */
  public static int replace(JsonNode root, String path, String text) {
    return change(root, path, value -> TextNode.valueOf(text));
  }

  private static int change(JsonNode root, String path, UnaryOperator<JsonNode> replacement) {
    String[] segments = path.split("\\.");
    if (apply(root, segments, replacement)) {
      return 1;
    }
    int changed = 0;
    JsonNode turns = root.get("turns");
    if (turns != null && turns.isArray()) {
      for (JsonNode t : turns) {
        changed += apply(t, segments, replacement) ? 1 : 0;
      }
    }
    return changed;
  }

  private static boolean apply(JsonNode start, String[] segments, UnaryOperator<JsonNode> replacement) {
    JsonNode parent = start;
    for (int i = 0; i < segments.length - 1; i++) {
      parent = child(parent, segments[i]);
      if (parent == null) {
        return false;
      }
    }
    String last = segments[segments.length - 1];
    JsonNode value = child(parent, last);
    if (value == null) {
      return false;
    }
    if (parent instanceof ObjectNode o) {
      o.set(last, replacement.apply(value));
    } else if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(last), replacement.apply(value));
    }
    return true;
  }

  private static JsonNode child(JsonNode node, String segment) {
    if (node == null) {
      return null;
    }
    if (node.isArray() && segment.matches("\\d+")) {
      return node.get(Integer.parseInt(segment));
    }
    return node.isObject() ? node.get(segment) : null;
  }
}
