package com.playgent.client.model;

/** Token counts of one turn: {@code {"input": 156, "output": 89}}. */
public record TokenUsage(Long input, Long output) {
  public long total() {
    return (input == null ? 0 : input) + (output == null ? 0 : output);
  }
}
