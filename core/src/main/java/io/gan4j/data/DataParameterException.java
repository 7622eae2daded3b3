package io.gan4j.data;

/** A data set's parameter with a bad value: names the data set, the parameter (as the config spells it) and the problem. */
public final class DataParameterException extends IllegalArgumentException {
    private final String parameter;
    private final String problem;

    public DataParameterException(String data, String parameter, String problem) {
        super(data + ": '" + parameter + "' " + problem);
        this.parameter = parameter;
        this.problem = problem;
    }

    public String parameter() {
        return parameter;
    }

    /** What is wrong with the value, e.g. "must be >= 0, got -1.0". */
    public String problem() {
        return problem;
    }
}
