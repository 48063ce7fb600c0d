package com.playgent.client.model;

/** One chat message of a run turn: {@code {"role": "user", "content": "..."}}. */
public record Message(String role, String content) {
  public static Message user(String content) {
    return new Message("user", content);
  }

  public static Message assistant(String content) {
    return new Message("assistant", content);
  }
}
