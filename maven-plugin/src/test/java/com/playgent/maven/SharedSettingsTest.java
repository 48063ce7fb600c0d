package com.playgent.maven;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.core.settings.PlaygentSettings;
import com.playgent.core.settings.Setting;
import com.playgent.core.settings.Setting.Scope;
import com.playgent.core.settings.SettingSource;
import com.playgent.core.settings.SettingsReader;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plugin reads every shared {@code playgent.*} key exactly as the JUnit extension does: each
 * documented key is given to {@code playgent:run} through the parameter the generated descriptor
 * maps it to, and to core's reader directly (the extension's path), and the two settings must agree
 * field by field. A key without a parameter, or mapped to another setting, fails.
 */
class SharedSettingsTest {
  /** A value for each shared setting that differs from its default, so a value that gets lost shows. */
  static final Map<Setting, String> VALUES = Map.ofEntries(
      entry(Setting.BASE_URL, "http://127.0.0.1:4010/v1"),
      entry(Setting.API_KEY, "pk-test-123"),
      entry(Setting.MODE, "record"),
      entry(Setting.RECORDINGS_DIR, "recorded/runs"),
      entry(Setting.OUTPUT_DIR, "out/playgent"),
      entry(Setting.TIMEOUT, "7m"),
      entry(Setting.READ_TIMEOUT, "45s"),
      entry(Setting.ON_UNAVAILABLE, "skip"),
      entry(Setting.MAX_CONCURRENT_RUNS, "3"),
      entry(Setting.AGENT, "agent_q"),
      entry(Setting.THRESHOLDS, "faithfulness>=0.8,relevance>=0.5"),
      entry(Setting.MAX_RETRIES, "2"),
      entry(Setting.TURN_TIMEOUT_MS, "1234"),
      entry(Setting.PARALLEL, "false"),
      entry(Setting.REUSE_RUNS, "2h"),
      entry(Setting.ALLOW_EMPTY, "true"),
      entry(Setting.PROGRESS_INTERVAL, "0"),
      entry(Setting.MAX_RESPONSE_SIZE, "256MB"),
      entry(Setting.SHARD, "2/5"));

  static List<Setting> shared() {
    return Setting.readBy(Scope.PLUGIN).stream().filter(s -> s.scope() == Scope.BOTH).toList();
  }

  @Test
  void every_shared_setting_has_a_test_value() {
    assertThat(VALUES.keySet()).containsExactlyInAnyOrderElementsOf(shared());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shared")
  void run_reads_each_shared_key_as_the_extension_does(Setting setting) throws Exception {
    Map<String, String> one = Map.of(setting.key(), VALUES.get(setting));

    PlaygentSettings viaPlugin = Mojos.configure(new RunMojo(), "run", one).settings();
    PlaygentSettings viaExtension = SettingsReader.of(SettingSource.of(one)).read();

    assertSameFields(setting.key(), viaPlugin, viaExtension);
    assertThat(viaExtension).as("%s=%s changes nothing: pick a test value other than the default", setting.key(),
        VALUES.get(setting)).isNotEqualTo(SettingsReader.of(SettingSource.of(Map.of())).read());
  }

  @Test
  void run_reads_all_shared_keys_together_as_the_extension_does() throws Exception {
    Map<String, String> all = new HashMap<>();
    VALUES.forEach((s, v) -> all.put(s.key(), v));

    assertSameFields("all shared keys", Mojos.configure(new RunMojo(), "run", all).settings(),
        SettingsReader.of(SettingSource.of(all)).read());
  }

  @Test
  void report_and_check_read_the_shared_keys_they_have_as_the_extension_does() throws Exception {
    for (Supplier<AbstractReportingMojo> goals : List.<Supplier<AbstractReportingMojo>>of(ReportMojo::new,
        CheckMojo::new)) {
      String goal = goals.get().goal();
      List<Setting> theirs = shared().stream().filter(s -> Mojos.parameter(goal, s.key()) != null).toList();
      assertThat(theirs).as("shared keys of playgent:%s", goal).containsExactly(Setting.BASE_URL, Setting.OUTPUT_DIR);
      for (Setting setting : theirs) {
        Map<String, String> one = Map.of(setting.key(), VALUES.get(setting));
        assertSameFields(goal + " " + setting.key(), Mojos.configure(goals.get(), goal, one).settings(),
            SettingsReader.of(SettingSource.of(one)).read());
      }
    }
  }

  @Test
  void a_bad_value_is_refused_in_the_extensions_words_naming_the_key() {
    RunMojo mojo = Mojos.configure(new RunMojo(), "run", Map.of(Setting.TIMEOUT.key(), "90"));
    assertThatThrownBy(mojo::settings).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Invalid Playgent configuration of playgent:run: playgent.timeout '90' has no unit: write 90s or "
            + "90ms (use e.g. 500ms, 90s, 10m or PT10M)");
  }

  @Test
  void every_property_of_every_goal_is_a_catalogued_key_and_every_plugin_setting_has_a_parameter() {
    Set<String> catalogued = Arrays.stream(Setting.values()).map(Setting::key).collect(Collectors.toSet());
    List<Mojos.Param> params = Mojos.descriptor();
    assertThat(params).filteredOn(p -> p.property() != null && p.property().startsWith("playgent."))
        .allSatisfy(p -> assertThat(catalogued).as("property of playgent:%s <%s>", p.goal(), p.name())
            .contains(p.property()));
    Set<String> used = params.stream().map(Mojos.Param::property).collect(Collectors.toSet());
    assertThat(Setting.readBy(Scope.PLUGIN)).allSatisfy(s -> assertThat(used).as("a parameter for %s", s.key())
        .contains(s.key()));
  }

  @Test
  void shared_parameters_default_to_what_core_defaults_to() {
    for (Setting s : shared()) {
      Mojos.Param p = Mojos.parameter("run", s.key());
      String expected = s == Setting.OUTPUT_DIR ? "${project.build.directory}/playgent"
          : s == Setting.RECORDINGS_DIR ? "${project.basedir}/src/test/resources/playgent" : null;
      assertThat(p.defaultValue()).as("default of <%s> (%s): core's default, or none so the environment and core "
          + "decide", p.name(), s.key()).isEqualTo(expected);
    }
  }

  private static void assertSameFields(String what, PlaygentSettings plugin, PlaygentSettings extension)
      throws Exception {
    for (RecordComponent c : PlaygentSettings.class.getRecordComponents()) {
      assertThat(c.getAccessor().invoke(plugin)).as("%s: PlaygentSettings.%s", what, c.getName())
          .isEqualTo(c.getAccessor().invoke(extension));
    }
  }
}
