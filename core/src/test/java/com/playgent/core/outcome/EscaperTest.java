package com.playgent.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscaperTest {
  static final String HOSTILE = "<b>\"q\" & 'a'</b> 🎉 bell\u0001 nul\u0000 del\u007f csi\u009b lone\ud800 \ufffe"
      + " tab\tend\r\nnext\rlast";

  @Test
  void every_mode_makes_the_same_characters_visible() {
    String visible = " 🎉 bell\\u0001 nul\\u0000 del\\u007f csi\\u009b lone\\ud800 \\ufffe";
    assertThat(Escaper.PLAIN.escape(HOSTILE))
        .isEqualTo("<b>\"q\" & 'a'</b>" + visible + " tab\tend\nnext\nlast");
    assertThat(Escaper.XML_TEXT.escape(HOSTILE))
        .isEqualTo("&lt;b&gt;\"q\" &amp; 'a'&lt;/b&gt;" + visible + " tab\tend\nnext\nlast");
    assertThat(Escaper.XML_ATTRIBUTE.escape(HOSTILE))
        .isEqualTo("&lt;b&gt;&quot;q&quot; &amp; 'a'&lt;/b&gt;" + visible + " tab&#9;end&#10;next&#10;last");
    assertThat(Escaper.HTML.escape(HOSTILE))
        .isEqualTo("&lt;b&gt;&quot;q&quot; &amp; &#39;a&#39;&lt;/b&gt;" + visible + " tab\tend\nnext\nlast");
    assertThat(Escaper.MARKDOWN.escape(HOSTILE))
        .isEqualTo("&lt;b>\"q\" &amp; 'a'&lt;/b>" + visible + " tab\tend\nnext\nlast");
  }

  @Test
  void plain_text_is_returned_as_it_is() {
    String plain = "Refund Request Flow › turn 2: 😀 ok\n\tdone";
    assertThat(Escaper.PLAIN.escape(plain)).isSameAs(plain);
    assertThat(Escaper.XML_TEXT.escape(plain)).isSameAs(plain);
    assertThat(Escaper.HTML.escape(null)).isEmpty();
  }

  @Test
  void text_printable_is_the_plain_mode() {
    assertThat(Text.printable(HOSTILE)).isEqualTo(Escaper.PLAIN.escape(HOSTILE));
  }
}
