package com.playgent.client.model;

/** The answer of {@code POST /v1/agents}. {@link #toString()} hides the agent's own API key. */
public record Agent(String id, String name, String provider, String createdAt, String apiKey) {
  @Override
  public String toString() {
    return "Agent[id=" + id + ", name=" + name + ", provider=" + provider + ", createdAt=" + createdAt
        + ", apiKey=" + (apiKey == null ? null : "(hidden)") + "]";
  }
}
