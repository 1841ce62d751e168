// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/api-response.schema.json.
package io.github.vpnerrorcodes.api;

import java.io.IOException;
import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.*;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

public class Converter {
    // Date-time helpers

    private static final DateTimeFormatter DATE_TIME_FORMATTER = new DateTimeFormatterBuilder()
            .appendOptional(DateTimeFormatter.ISO_DATE_TIME)
            .appendOptional(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            .appendOptional(DateTimeFormatter.ISO_INSTANT)
            .appendOptional(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SX"))
            .appendOptional(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssX"))
            .appendOptional(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
            .toFormatter()
            .withZone(ZoneOffset.UTC);

    public static OffsetDateTime parseDateTimeString(String str) {
        return ZonedDateTime.from(Converter.DATE_TIME_FORMATTER.parse(str)).toOffsetDateTime();
    }

    private static final DateTimeFormatter TIME_FORMATTER = new DateTimeFormatterBuilder()
            .appendOptional(DateTimeFormatter.ISO_TIME)
            .appendOptional(DateTimeFormatter.ISO_OFFSET_TIME)
            .parseDefaulting(ChronoField.YEAR, 2020)
            .parseDefaulting(ChronoField.MONTH_OF_YEAR, 1)
            .parseDefaulting(ChronoField.DAY_OF_MONTH, 1)
            .toFormatter()
            .withZone(ZoneOffset.UTC);

    public static OffsetTime parseTimeString(String str) {
        return ZonedDateTime.from(Converter.TIME_FORMATTER.parse(str)).toOffsetDateTime().toOffsetTime();
    }
    // Serialize/deserialize helpers

    public static APIResponse APIResponseFromJsonString(String json) throws IOException {
        return getAPIResponseObjectReader().readValue(json);
    }

    public static String APIResponseToJsonString(APIResponse obj) throws JsonProcessingException {
        return getAPIResponseObjectWriter().writeValueAsString(obj);
    }

    public static DeviceLimitReachedDetails DeviceLimitReachedDetailsFromJsonString(String json) throws IOException {
        return getDeviceLimitReachedDetailsObjectReader().readValue(json);
    }

    public static String DeviceLimitReachedDetailsToJsonString(DeviceLimitReachedDetails obj) throws JsonProcessingException {
        return getDeviceLimitReachedDetailsObjectWriter().writeValueAsString(obj);
    }

    public static SubscriptionExpiredDetails SubscriptionExpiredDetailsFromJsonString(String json) throws IOException {
        return getSubscriptionExpiredDetailsObjectReader().readValue(json);
    }

    public static String SubscriptionExpiredDetailsToJsonString(SubscriptionExpiredDetails obj) throws JsonProcessingException {
        return getSubscriptionExpiredDetailsObjectWriter().writeValueAsString(obj);
    }

    public static TokenExpiredDetails TokenExpiredDetailsFromJsonString(String json) throws IOException {
        return getTokenExpiredDetailsObjectReader().readValue(json);
    }

    public static String TokenExpiredDetailsToJsonString(TokenExpiredDetails obj) throws JsonProcessingException {
        return getTokenExpiredDetailsObjectWriter().writeValueAsString(obj);
    }

    public static ValidationErrorDetails ValidationErrorDetailsFromJsonString(String json) throws IOException {
        return getValidationErrorDetailsObjectReader().readValue(json);
    }

    public static String ValidationErrorDetailsToJsonString(ValidationErrorDetails obj) throws JsonProcessingException {
        return getValidationErrorDetailsObjectWriter().writeValueAsString(obj);
    }

    public static WeakPasswordDetails WeakPasswordDetailsFromJsonString(String json) throws IOException {
        return getWeakPasswordDetailsObjectReader().readValue(json);
    }

    public static String WeakPasswordDetailsToJsonString(WeakPasswordDetails obj) throws JsonProcessingException {
        return getWeakPasswordDetailsObjectWriter().writeValueAsString(obj);
    }

    private static ObjectReader APIResponseReader;
    private static ObjectWriter APIResponseWriter;

    private static void instantiateAPIResponseMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.findAndRegisterModules();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        SimpleModule module = new SimpleModule();
        module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
            @Override
            public OffsetDateTime deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
                String value = jsonParser.getText();
                return Converter.parseDateTimeString(value);
            }
        });
        mapper.registerModule(module);
        APIResponseReader = mapper.readerFor(APIResponse.class);
        APIResponseWriter = mapper.writerFor(APIResponse.class);
    }

    private static ObjectReader getAPIResponseObjectReader() {
        if (APIResponseReader == null) instantiateAPIResponseMapper();
        return APIResponseReader;
    }

    private static ObjectWriter getAPIResponseObjectWriter() {
        if (APIResponseWriter == null) instantiateAPIResponseMapper();
        return APIResponseWriter;
    }

    private static ObjectReader DeviceLimitReachedDetailsReader;
    private static ObjectWriter DeviceLimitReachedDetailsWriter;

    private static void instantiateDeviceLimitReachedDetailsMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.findAndRegisterModules();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        SimpleModule module = new SimpleModule();
        module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
            @Override
            public OffsetDateTime deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
                String value = jsonParser.getText();
                return Converter.parseDateTimeString(value);
            }
        });
        mapper.registerModule(module);
        DeviceLimitReachedDetailsReader = mapper.readerFor(DeviceLimitReachedDetails.class);
        DeviceLimitReachedDetailsWriter = mapper.writerFor(DeviceLimitReachedDetails.class);
    }

    private static ObjectReader getDeviceLimitReachedDetailsObjectReader() {
        if (DeviceLimitReachedDetailsReader == null) instantiateDeviceLimitReachedDetailsMapper();
        return DeviceLimitReachedDetailsReader;
    }

    private static ObjectWriter getDeviceLimitReachedDetailsObjectWriter() {
        if (DeviceLimitReachedDetailsWriter == null) instantiateDeviceLimitReachedDetailsMapper();
        return DeviceLimitReachedDetailsWriter;
    }

    private static ObjectReader SubscriptionExpiredDetailsReader;
    private static ObjectWriter SubscriptionExpiredDetailsWriter;

    private static void instantiateSubscriptionExpiredDetailsMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.findAndRegisterModules();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        SimpleModule module = new SimpleModule();
        module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
            @Override
            public OffsetDateTime deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
                String value = jsonParser.getText();
                return Converter.parseDateTimeString(value);
            }
        });
        mapper.registerModule(module);
        SubscriptionExpiredDetailsReader = mapper.readerFor(SubscriptionExpiredDetails.class);
        SubscriptionExpiredDetailsWriter = mapper.writerFor(SubscriptionExpiredDetails.class);
    }

    private static ObjectReader getSubscriptionExpiredDetailsObjectReader() {
        if (SubscriptionExpiredDetailsReader == null) instantiateSubscriptionExpiredDetailsMapper();
        return SubscriptionExpiredDetailsReader;
    }

    private static ObjectWriter getSubscriptionExpiredDetailsObjectWriter() {
        if (SubscriptionExpiredDetailsWriter == null) instantiateSubscriptionExpiredDetailsMapper();
        return SubscriptionExpiredDetailsWriter;
    }

    private static ObjectReader TokenExpiredDetailsReader;
    private static ObjectWriter TokenExpiredDetailsWriter;

    private static void instantiateTokenExpiredDetailsMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.findAndRegisterModules();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        SimpleModule module = new SimpleModule();
        module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
            @Override
            public OffsetDateTime deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
                String value = jsonParser.getText();
                return Converter.parseDateTimeString(value);
            }
        });
        mapper.registerModule(module);
        TokenExpiredDetailsReader = mapper.readerFor(TokenExpiredDetails.class);
        TokenExpiredDetailsWriter = mapper.writerFor(TokenExpiredDetails.class);
    }

    private static ObjectReader getTokenExpiredDetailsObjectReader() {
        if (TokenExpiredDetailsReader == null) instantiateTokenExpiredDetailsMapper();
        return TokenExpiredDetailsReader;
    }

    private static ObjectWriter getTokenExpiredDetailsObjectWriter() {
        if (TokenExpiredDetailsWriter == null) instantiateTokenExpiredDetailsMapper();
        return TokenExpiredDetailsWriter;
    }

    private static ObjectReader ValidationErrorDetailsReader;
    private static ObjectWriter ValidationErrorDetailsWriter;

    private static void instantiateValidationErrorDetailsMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.findAndRegisterModules();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        SimpleModule module = new SimpleModule();
        module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
            @Override
            public OffsetDateTime deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
                String value = jsonParser.getText();
                return Converter.parseDateTimeString(value);
            }
        });
        mapper.registerModule(module);
        ValidationErrorDetailsReader = mapper.readerFor(ValidationErrorDetails.class);
        ValidationErrorDetailsWriter = mapper.writerFor(ValidationErrorDetails.class);
    }

    private static ObjectReader getValidationErrorDetailsObjectReader() {
        if (ValidationErrorDetailsReader == null) instantiateValidationErrorDetailsMapper();
        return ValidationErrorDetailsReader;
    }

    private static ObjectWriter getValidationErrorDetailsObjectWriter() {
        if (ValidationErrorDetailsWriter == null) instantiateValidationErrorDetailsMapper();
        return ValidationErrorDetailsWriter;
    }

    private static ObjectReader WeakPasswordDetailsReader;
    private static ObjectWriter WeakPasswordDetailsWriter;

    private static void instantiateWeakPasswordDetailsMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.findAndRegisterModules();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        SimpleModule module = new SimpleModule();
        module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
            @Override
            public OffsetDateTime deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
                String value = jsonParser.getText();
                return Converter.parseDateTimeString(value);
            }
        });
        mapper.registerModule(module);
        WeakPasswordDetailsReader = mapper.readerFor(WeakPasswordDetails.class);
        WeakPasswordDetailsWriter = mapper.writerFor(WeakPasswordDetails.class);
    }

    private static ObjectReader getWeakPasswordDetailsObjectReader() {
        if (WeakPasswordDetailsReader == null) instantiateWeakPasswordDetailsMapper();
        return WeakPasswordDetailsReader;
    }

    private static ObjectWriter getWeakPasswordDetailsObjectWriter() {
        if (WeakPasswordDetailsWriter == null) instantiateWeakPasswordDetailsMapper();
        return WeakPasswordDetailsWriter;
    }
}
