package com.playgent.emulator.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.playgent.emulator.PlaygentEmulator;
import com.playgent.emulator.support.Http;
import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class EmulatedPlaygentTest {
  static final List<PlaygentEmulator> SEEN = new ArrayList<>();

  @EmulatedPlaygent(world = "worlds/tiny.yaml", apiKey = "your-api-key", rateLimitPerMinute = 50)
  static class UsesEmulator {
    @Test
    void injects_emulator_and_base_url(PlaygentEmulator emulator, @EmulatorBaseUrl String baseUrl) {
      SEEN.add(emulator);
      assertThat(baseUrl).isEqualTo(emulator.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/v1");
      Http.Response r = new Http(baseUrl).post("/runs", "{\"test_case_id\": \"tc_tiny\"}");
      assertThat(r.status()).isEqualTo(202);
      assertThat(r.header("X-RateLimit-Limit")).isEqualTo("50");
    }

    @Test
    void shares_one_emulator_per_class(PlaygentEmulator emulator) {
      SEEN.add(emulator);
    }

    @Nested
    class Inner {
      @Test
      void nested_class_gets_the_outer_emulator(PlaygentEmulator emulator) {
        SEEN.add(emulator);
      }
    }
  }

  @EmulatedPlaygent(world = "worlds/missing.json")
  static class MissingWorld {
    @Test
    void never_runs(PlaygentEmulator emulator) {}
  }

  @Test
  void starts_one_emulator_per_class_and_closes_it() {
    SEEN.clear();
    Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(UsesEmulator.class))
        .execute().testEvents();

    tests.assertStatistics(s -> s.succeeded(3).failed(0));
    assertThat(SEEN).hasSize(3);
    assertThat(SEEN.get(0)).isSameAs(SEEN.get(1)).isSameAs(SEEN.get(2));
    int port = SEEN.get(0).port();
    assertThat(isListening(port)).as("port %s closed after the class", port).isFalse();
  }

  @Test
  void missing_world_resource_fails_the_class_with_its_name() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(MissingWorld.class)).execute()
        .containerEvents()
        .assertThatEvents()
        .haveExactly(1, finishedWithFailure(message(m -> m.contains("worlds/missing.json"))));
  }

  private static boolean isListening(int port) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      return s.isConnected();
    } catch (IOException e) {
      return false;
    }
  }
}
