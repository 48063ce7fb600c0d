package com.playgent.client.model;

/** The {@code {"id", "name"}} reference a run gives for its test case and its agent. */
public record EntityRef(String id, String name) {
  /** The name when known, else the id, else {@code "?"}. */
  public String label() {
    if (name != null && !name.isBlank()) {
      return name;
    }
    return id == null ? "?" : id;
  }
}
