package com.playgent.client.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.playgent.client.PlaygentResponseException;
import com.playgent.client.model.RunStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one Jackson configuration for the wire contract: snake_case, unknown fields ignored, nulls
 * omitted. Strings may be as long as a body: Jackson's own cap (20,000,000 characters) would call
 * a long agent output malformed JSON, while the body's size is already bounded where it is read
 * ({@code maxResponseSize}).
 */
public final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build())
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      // Only record components are wire fields: helpers such as RunConfig.isEmpty() or
      // Run.isTerminal() must not be sent as "empty"/"terminal".
      .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
      .addModule(new SimpleModule("playgent")
          .addSerializer(RunStatus.class, new RunStatusSerializer())
          .addDeserializer(RunStatus.class, new RunStatusDeserializer()))
      .build();

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a response body; a failure names the request, the run (when there is one) and the JSON
   * path where the body went wrong.
   */
  public static <T> T read(byte[] body, Class<T> type, String request) {
    // Parsed in place: a stream over the array would copy it into the parser's buffer chunk by chunk.
    return read(() -> MAPPER.readValue(body, type), type, request);
  }

  /** {@link #read(byte[], Class, String)} from a stream, e.g. a response buffer not copied into an array. */
  public static <T> T read(InputStream body, Class<T> type, String request) {
    return read(() -> MAPPER.readValue(body, type), type, request);
  }

  private interface Parse<T> {
    T parse() throws IOException;
  }

  private static <T> T read(Parse<T> parse, Class<T> type, String request) {
    try {
      T value = parse.parse();
      if (value == null) {
        throw new PlaygentResponseException(
            "empty JSON body (null) from " + request + "; expected a " + type.getSimpleName(), request, "$", null);
      }
      return value;
    } catch (JsonProcessingException e) {
      String path = pathOf(e);
      String kind = isTruncation(e) ? "truncated JSON" : "malformed JSON";
      throw new PlaygentResponseException(
          kind + " from " + request + " at " + path + ": " + e.getOriginalMessage(), request, path, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * True when the body ended early, which a retry of a GET may cure. Jackson wraps the
   * end-of-input error in a mapping exception carrying the path, so the whole cause chain counts.
   */
  public static boolean isTruncation(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof JsonEOFException) {
        return true;
      }
    }
    return false;
  }

  static String pathOf(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return "$";
    }
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : mapping.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static final class RunStatusSerializer extends JsonSerializer<RunStatus> {
    @Override
    public void serialize(RunStatus value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(value.value());
    }
  }

  private static final class RunStatusDeserializer extends JsonDeserializer<RunStatus> {
    @Override
    public RunStatus deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      if (text == null) {
        return (RunStatus) ctxt.handleUnexpectedToken(RunStatus.class, p);
      }
      return RunStatus.of(text);
    }
  }
}
