package io.gan4j.spark.cli;

/** Defaults of the Spark commands, in one place. */
final class Defaults {
    /** Embedded Spark runs this many trials at once, each with processors / PARALLEL engine threads (measured: docs/BENCHMARKS.md). */
    static final int PARALLEL = 2;
    /** Bulk sampling: Parquet files per task slot. */
    static final int PARTITIONS_PER_SLOT = 2;

    private Defaults() {}
}
