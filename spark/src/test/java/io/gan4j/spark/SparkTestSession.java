package io.gan4j.spark;

import org.apache.spark.sql.SparkSession;

/** One embedded local[2] Spark for the module's tests (starting one takes seconds). */
final class SparkTestSession {
    private static SparkSession spark;

    private SparkTestSession() {}

    static synchronized SparkSession get() {
        if (spark == null) spark = SparkSessions.open("gan4j tests", null, 2, false);
        return spark;
    }
}
