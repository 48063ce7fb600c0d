package com.playgent.emulator.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.playgent.emulator.eval.ScorerCatalog;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Turn an agent JSON object (world file or {@code POST /v1/agents} body) into an {@link Agent}. */
public final class AgentParser {
  /** The documented provider values. */
  public static final Set<String> PROVIDERS = Set.of("openai", "anthropic", "bedrock", "langchain", "custom");

  private static final Set<String> WORLD_FIELDS = Set.of("id", "name", "provider", "default_scorers",
      "system_prompt", "credentials", "invocation");

  private AgentParser() {}

  /**
   * Parse one agent.
   *
   * @param node the JSON object
   * @param path its JSON path, for messages
   * @param strict whether unknown fields are errors (world files) or ignored (the API)
   * @param ids supplies an id when the object has none
   */
  public static Agent parse(JsonNode node, String path, boolean strict, Supplier<String> ids) {
    JsonFields.object(node, path);
    if (strict) {
      JsonFields.rejectUnknown(node, path, WORLD_FIELDS);
    }
    String id = JsonFields.optionalString(node, "id", path);
    String name = JsonFields.requiredString(node, "name", path);
    String provider = strict ? JsonFields.optionalString(node, "provider", path)
        : JsonFields.requiredString(node, "provider", path);
    if (provider != null && !PROVIDERS.contains(provider)) {
      throw new InvalidInputException(JsonFields.at(path, "provider"), "Field "
          + JsonFields.at(path, "provider") + " must be one of anthropic, bedrock, custom, langchain,"
          + " openai, but was '" + provider + "'");
    }
    List<String> scorers = JsonFields.optionalStrings(node, "default_scorers", path);
    checkScorers(scorers, JsonFields.at(path, "default_scorers"));
    for (String obj : new String[] {"credentials", "invocation"}) {
      JsonNode v = node.get(obj);
      if (v != null && !v.isNull() && !v.isObject()) {
        throw JsonFields.typeError(path, obj, "an object", v);
      }
    }
    JsonFields.optionalString(node, "system_prompt", path);
    return new Agent(id == null ? ids.get() : id, name, provider, scorers);
  }

  /** Reject scorer names the emulator does not know, naming the first one. */
  static void checkScorers(List<String> scorers, String path) {
    if (scorers == null) {
      return;
    }
    for (int i = 0; i < scorers.size(); i++) {
      if (ScorerCatalog.lookup(scorers.get(i)).isEmpty()) {
        throw new InvalidInputException(path + "[" + i + "]", "Unknown scorer: " + scorers.get(i)
            + " (at " + path + "[" + i + "]); see the emulator README for accepted names");
      }
    }
  }
}
