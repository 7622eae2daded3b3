package io.gan4j.web;

import java.util.Map;

/** A request the dashboard refuses: an HTTP 4xx with a message, and per field when a form field is at fault. */
final class WebException extends RuntimeException {
    private final int status;
    private final Map<String, String> fields;

    WebException(int status, String message, Map<String, String> fields) {
        super(message);
        this.status = status;
        this.fields = Map.copyOf(fields);
    }

    static WebException badRequest(String message) {
        return new WebException(400, message, Map.of());
    }

    static WebException field(String key, String message) {
        return new WebException(400, message, Map.of(key, message));
    }

    static WebException notFound(String message) {
        return new WebException(404, message, Map.of());
    }

    static WebException forbidden(String message) {
        return new WebException(403, message, Map.of());
    }

    static WebException tooMany(String message) {
        return new WebException(429, message, Map.of());
    }

    static WebException tooLarge(String message) {
        return new WebException(413, message, Map.of());
    }

    int status() {
        return status;
    }

    Map<String, String> fields() {
        return fields;
    }
}
