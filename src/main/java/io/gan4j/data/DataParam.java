package io.gan4j.data;

/**
 * One parameter of a data set in {@link DataSets}: its name as the config spells it, its type,
 * its default (null when it is required) and a line of help.
 */
public record DataParam(String name, Type type, Object defaultValue, String help) {

    /** What values a parameter takes; {@link DataSets#create} converts strings to these. */
    public enum Type {
        /** A finite double. */
        NUMBER,
        /** An int. */
        INTEGER,
        /** A string. */
        TEXT,
        /** A file or directory. */
        PATH,
        /** true or false. */
        BOOLEAN
    }

    public boolean required() {
        return defaultValue == null;
    }
}
