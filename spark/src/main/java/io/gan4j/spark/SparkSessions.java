package io.gan4j.spark;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a gan4j command: embedded (local mode, {@code parallel} tasks at once, web UI off) unless a
 * master URL names a cluster. Executors get the JVM options gan4j's kernels want; on a cluster of machines sharing
 * this one's filesystem (a standalone master and worker started here, say) they also get this JVM's class path.
 */
public final class SparkSessions {
    /** What the launcher gives the gan4j JVM, for executors started by a cluster manager. */
    public static final String EXECUTOR_JVM_OPTIONS = "--add-modules jdk.incubator.vector -Xss16m -XX:-TieredCompilation -Djava.awt.headless=true"
            + " --sun-misc-unsafe-memory-access=allow";

    private SparkSessions() {}

    /** This JVM's class path with absolute entries (the launcher's gan4j-spark.jar brings its lib/ by its manifest). */
    private static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) entries.add(e.endsWith("*") ? e : new File(e).getAbsolutePath());
        return String.join(File.pathSeparator, entries);
    }

    /**
     * @param master null for embedded Spark, unless spark-submit started this JVM (it names the master in the system
     *               property {@code spark.master}, and its {@code --conf} settings win over the ones here)
     */
    public static SparkSession open(String app, String master, int parallel, boolean verbose) {
        Configurator.setRootLevel(verbose ? Level.INFO : Level.ERROR);
        SparkSession.Builder b = SparkSession.builder().appName(app);
        boolean submitted = System.getProperty("spark.master") != null;
        if (master == null && !submitted) {
            b.master("local[" + parallel + "]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        } else {
            if (master != null) b.master(master);
            b.config("spark.executor.extraJavaOptions", System.getProperty("spark.executor.extraJavaOptions", EXECUTOR_JVM_OPTIONS))
                    .config("spark.executor.extraClassPath", System.getProperty("spark.executor.extraClassPath", absoluteClassPath()));
        }
        return b.config("spark.sql.shuffle.partitions", Integer.toString(Math.max(1, parallel)))
                .getOrCreate();
    }
}
