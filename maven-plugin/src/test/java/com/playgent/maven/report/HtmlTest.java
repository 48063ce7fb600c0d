package com.playgent.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void should_keep_only_safe_link_targets() {
    assertThat(Html.href("https://api.playgent.com/v1/runs/r#turn-2")).isEqualTo("https://api.playgent.com/v1/runs/r#turn-2");
    assertThat(Html.href("javascript:alert(1)")).isEqualTo("#");
    assertThat(Html.href(" JavaScript:alert(1)")).isEqualTo("#");
    assertThat(Html.href("http://x/?a=1&b=\"2\"")).isEqualTo("http://x/?a=1&amp;b=&quot;2&quot;");
    assertThat(Html.href(null)).isEqualTo("#");
  }
}
