package com.playgent.client.model;

/** A test case turn's input: {@code {"text": "..."}}. */
public record TextInput(String text) {}
