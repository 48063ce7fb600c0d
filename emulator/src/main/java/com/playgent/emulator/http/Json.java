package com.playgent.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Parse request bodies and build JSON answers with one shared mapper. */
public final class Json {
  /** The shared mapper. */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private Json() {}

  /** Return a new empty object. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Return the documented error body {@code {"error": {"code", "message"}}}. */
  public static ObjectNode error(String code, String message) {
    ObjectNode root = object();
    root.putObject("error").put("code", code).put("message", message);
    return root;
  }

  /** Parse a request body that must be a JSON object; answer 400 naming the problem otherwise. */
  public static JsonNode parseObject(String body) {
    if (body == null || body.isBlank()) {
      throw ApiException.invalid("Request body is empty; send a JSON object");
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw ApiException.invalid("Malformed JSON body" + where + ": " + e.getOriginalMessage());
    }
    if (!node.isObject()) {
      throw ApiException.invalid("Request body must be a JSON object");
    }
    return node;
  }

  /** Serialise a tree. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
