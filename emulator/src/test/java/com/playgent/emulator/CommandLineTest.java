package com.playgent.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.emulator.cli.CommandLine;
import org.junit.jupiter.api.Test;

class CommandLineTest {
  @Test
  void parses_every_option() {
    EmulatorConfig c = CommandLine.parse(new String[] {"--port", "0", "--api-key", "k1", "--rate-limit=100",
        "--rate-limit-mode", "token-bucket",
        "--synthetic", "20x3:5:200", "--fault", "GET /v1/runs/{run_id}:status=503:every=2", "--fault", "stuck_running=tc_s00001"});
    assertThat(c.port()).isZero();
    assertThat(c.apiKey()).isEqualTo("k1");
    assertThat(c.rateLimitPerMinute()).isEqualTo(100);
    assertThat(c.rateLimitMode()).isEqualTo(RateLimitMode.TOKEN_BUCKET);
    assertThat(CommandLine.parse(new String[0]).rateLimitMode()).isEqualTo(RateLimitMode.FIXED_WINDOW);
    assertThat(c.world().testCases()).hasSize(20);
    assertThat(c.world().testCases().get(0).durationMs()).isEqualTo(200);
    assertThat(c.faults()).extracting(FaultRule::toString)
        .containsExactly("GET /v1/runs/{run_id}:status=503:every=2", "stuck_running=tc_s00001");
    assertThat(CommandLine.parse(new String[0]).port()).isEqualTo(8787);
    assertThat(CommandLine.parse(new String[] {"--help"})).isNull();
  }

  @Test
  void bad_options_name_the_problem() {
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port"})).hasMessage("Option --port needs a value");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--bogus", "1"})).hasMessage("Unknown option --bogus");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--synthetic", "5"})).hasMessageContaining("NxT");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--rate-limit", "0"})).hasMessageContaining("rateLimitPerMinute");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--rate-limit-mode", "sliding"}))
        .hasMessage("--rate-limit-mode needs fixed-window or token-bucket, but was 'sliding'");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--fault", "GET /v1/x:hang"})).hasMessageContaining("--fault: Unknown fault route");
  }
}
