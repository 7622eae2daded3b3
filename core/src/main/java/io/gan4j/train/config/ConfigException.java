package io.gan4j.train.config;

/** A bad configuration: the message names the file or the key and says what is wrong. */
public final class ConfigException extends IllegalArgumentException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
