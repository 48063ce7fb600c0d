package com.playgent.emulator.world;

import java.util.List;
import java.util.Objects;

/**
 * Describe an agent known to the emulator.
 *
 * @param id agent id, for example {@code agent_abc123}
 * @param name display name
 * @param provider LLM provider as sent by the client, for example {@code openai}
 * @param defaultScorers scorers used for turns that name none; may be empty
 */
public record Agent(String id, String name, String provider, List<String> defaultScorers) {
  /** Validate and copy the components. */
  public Agent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    provider = provider == null ? "custom" : provider;
    defaultScorers = List.copyOf(defaultScorers == null ? List.of() : defaultScorers);
  }
}
