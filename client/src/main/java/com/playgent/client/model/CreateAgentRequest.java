package com.playgent.client.model;

import java.util.List;
import java.util.Map;

/** The body of {@code POST /v1/agents}. {@link #toString()} hides the credential values. */
public record CreateAgentRequest(
    String name,
    String provider,
    Map<String, String> credentials,
    Map<String, Object> invocation,
    String systemPrompt,
    List<String> defaultScorers) {

  public CreateAgentRequest {
    credentials = Immutables.map(credentials);
    invocation = Immutables.map(invocation);
    defaultScorers = Immutables.list(defaultScorers);
  }

  @Override
  public String toString() {
    return "CreateAgentRequest[name=" + name + ", provider=" + provider
        + ", credentials=" + (credentials == null ? null : credentials.keySet() + " (values hidden)")
        + ", invocation=" + invocation + ", systemPrompt=" + systemPrompt
        + ", defaultScorers=" + defaultScorers + "]";
  }
}
