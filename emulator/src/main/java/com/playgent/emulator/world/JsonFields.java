package com.playgent.emulator.world;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Read typed fields out of a Jackson tree, naming the JSON path of any problem. */
public final class JsonFields {
  private JsonFields() {}

  /** Join a parent path and a field name. */
  public static String at(String parent, String field) {
    return parent == null || parent.isEmpty() ? field : parent + "." + field;
  }

  /** Require {@code node} to be a JSON object. */
  public static JsonNode object(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw new InvalidInputException(path, "Field " + name(path) + " must be an object, but was "
          + describe(node));
    }
    return node;
  }

  /** Return whether the field is present and not null. */
  public static boolean has(JsonNode obj, String field) {
    JsonNode v = obj.get(field);
    return v != null && !v.isNull();
  }

  /** Read a required string. */
  public static String requiredString(JsonNode obj, String field, String path) {
    if (!has(obj, field)) {
      throw new InvalidInputException(at(path, field), "Missing required field: " + at(path, field));
    }
    return optionalString(obj, field, path);
  }

  /** Read an optional string; {@code null} when absent. */
  public static String optionalString(JsonNode obj, String field, String path) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw typeError(path, field, "a string", v);
    }
    return v.asText();
  }

  /** Read an optional boolean. */
  public static Boolean optionalBoolean(JsonNode obj, String field, String path) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isBoolean()) {
      throw typeError(path, field, "a boolean", v);
    }
    return v.asBoolean();
  }

  /** Read an optional integer that must be at least {@code min}. */
  public static Long optionalLong(JsonNode obj, String field, String path, long min) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw typeError(path, field, "an integer", v);
    }
    if (v.asLong() < min) {
      throw new InvalidInputException(at(path, field), "Field " + at(path, field) + " must be >= "
          + min + ", but was " + v.asLong());
    }
    return v.asLong();
  }

  /** Read an optional number in [{@code min}, {@code max}]. */
  public static Double optionalNumber(JsonNode obj, String field, String path, double min, double max) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isNumber()) {
      throw typeError(path, field, "a number", v);
    }
    double d = v.asDouble();
    if (d < min || d > max) {
      throw new InvalidInputException(at(path, field), "Field " + at(path, field) + " must be between "
          + min + " and " + max + ", but was " + v.asText());
    }
    return d;
  }

  /** Read an optional array of strings; {@code null} when absent. */
  public static List<String> optionalStrings(JsonNode obj, String field, String path) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isArray()) {
      throw typeError(path, field, "an array of strings", v);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isTextual()) {
        throw new InvalidInputException(at(path, field) + "[" + i + "]", "Field " + at(path, field)
            + "[" + i + "] must be a string, but was " + describe(e));
      }
      out.add(e.asText());
    }
    return out;
  }

  /** Reject fields of {@code obj} outside {@code allowed} (used for world files, not the API). */
  public static void rejectUnknown(JsonNode obj, String path, Set<String> allowed) {
    Iterator<String> names = obj.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!allowed.contains(n)) {
        throw new InvalidInputException(at(path, n), "Unknown field " + at(path, n)
            + "; allowed here: " + String.join(", ", new java.util.TreeSet<>(allowed)));
      }
    }
  }

  /** Build the exception for a field of the wrong type. */
  public static InvalidInputException typeError(String path, String field, String wanted, JsonNode v) {
    return new InvalidInputException(at(path, field), "Field " + at(path, field) + " must be "
        + wanted + ", but was " + describe(v));
  }

  /** Describe a node's JSON type for messages. */
  public static String describe(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "missing";
    }
    if (v.isNull()) {
      return "null";
    }
    if (v.isTextual()) {
      return "a string";
    }
    if (v.isBoolean()) {
      return "a boolean";
    }
    if (v.isNumber()) {
      return "a number";
    }
    if (v.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String name(String path) {
    return path == null || path.isEmpty() ? "(root)" : path;
  }
}
