package com.playgent.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** B6's baseline: one trivial test, launched alone as an IDE launches one test. */
class BareFixture {
  static final String TEST = "[engine:junit-jupiter]/[class:" + BareFixture.class.getName() + "]/[method:trivial()]";

  @Test
  void trivial() {
    assertEquals(2, 1 + 1);
  }
}
