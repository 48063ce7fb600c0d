package com.playgent.junit.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.client.PlaygentConfigurationException;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** The emulator is the project's choice: without it on the class path, the world setting names the dependency. */
class EmbeddedEmulatorLoadingTest {
  @Test
  void a_world_without_the_emulator_on_the_class_path_names_the_dependency_to_add() throws Exception {
    try (URLClassLoader withoutEmulator = new URLClassLoader(new URL[0], null)) {
      assertThatThrownBy(() -> EmbeddedEmulator.start("src/test/playgent/world.json", withoutEmulator))
          .isInstanceOf(PlaygentConfigurationException.class)
          .hasMessage("playgent.emulator.world is set (src/test/playgent/world.json), which runs the tests on the"
              + " embedded Playgent emulator, but com.playgent:playgent-emulator is not on the test class path: add"
              + " <dependency><groupId>com.playgent</groupId><artifactId>playgent-emulator</artifactId>"
              + "<scope>test</scope></dependency> (playgent-bom gives its version), or remove playgent.emulator.world");
    }
  }
}
