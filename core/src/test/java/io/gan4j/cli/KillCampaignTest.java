package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill campaign: a training process is killed with SIGKILL at a seeded random moment, the run is resumed, and
 * every file of its folder is compared with an uninterrupted run's. A few kills in CI; the campaign for a release:
 * {@code ./mvnw verify -Dtest=KillCampaignTest -Dgan4j.kills=100}. The report goes to target/kill-campaign.txt.
 *
 * <p>Only metrics.json's wall time and speed may differ, as they do between two uninterrupted runs, and its
 * {@code resumed_from}, which says where the last process started.
 */
class KillCampaignTest {
    private static final int KILLS = Integer.getInteger("gan4j.kills", 3);
    private static final long SEED = Long.getLong("gan4j.kills.seed", 20261205L);
    /** Sine: frames and a GIF, scatters, losses.csv with a log interval that divides no checkpoint interval. */
    private static final int ITERATIONS = 600, CHECKPOINT_EVERY = 50;
    private static final List<String> RUN = List.of("train", "sine", "--set", "train.iterations=" + ITERATIONS,
            "--set", "output.checkpointEvery=" + CHECKPOINT_EVERY, "--set", "output.frameEvery=50", "--set", "output.plotEvery=200",
            "--set", "output.logEvery=7", "--set", "output.evalEvery=100", "--set", "output.samples=500");
    private static final List<String> PROCESS_KEYS = List.of("wall_seconds", "iterations_per_second", "resumed_from");

    @TempDir
    Path dir;

    @Test
    void aRunKilledAtAnyMomentAndResumedEndsWithTheSameFilesAsAnUninterruptedOne() throws Exception {
        long start = System.nanoTime();
        assertThat(trainAndKill(dir.resolve("straight"), new Moment(TimeUnit.MINUTES.toMillis(10), 0))).as("the uninterrupted run ends").isTrue();
        Path straight = onlyChild(dir.resolve("straight"));
        long straightMillis = (System.nanoTime() - start) / 1_000_000;

        Random random = new Random(SEED);
        List<String> report = new ArrayList<>();
        int differing = 0, beforeFolder = 0, finished = 0;
        for (int k = 0; k < KILLS; k++) {
            Path parent = dir.resolve("kill-" + k);
            // Half the kills strike at a moment uniform over the run, half just after a checkpoint is written:
            // where losses.csv, pictures and the checkpoint most easily disagree.
            Moment moment = k % 2 == 0 ? Moment.uniform(random, straightMillis) : Moment.afterCheckpoint(random, ITERATIONS / CHECKPOINT_EVERY);
            boolean exited = trainAndKill(parent, moment);
            Path killed = onlyChild(parent);
            if (killed == null) {
                beforeFolder++;
                report.add(line(k, moment, "killed before the run folder existed", "-"));
                continue;
            }
            if (exited) finished++;
            String from = lastCheckpoint(killed);
            Cli r = Cli.run("train", "--resume", killed.toString());
            assertThat(r.exit()).as("resume after kill %d: %s", k, r.err()).isZero();
            List<String> diffs = differences(straight, killed);
            if (!diffs.isEmpty()) differing++;
            report.add(line(k, moment, exited ? "finished before the kill" : "resumed from " + from, diffs.isEmpty() ? "same" : String.join(" ", diffs)));
            deleteTree(parent);
        }
        report.add(String.format(Locale.ROOT, "%d kills (seed %d): %d mid-run and resumed, %d before the run folder existed, %d after the run had"
                + " finished (resumed too); %d with any file differing", KILLS, SEED, KILLS - beforeFolder - finished, beforeFolder, finished, differing));
        Files.write(Path.of("target", "kill-campaign.txt"), report);
        assertThat(differing).as(String.join("\n", report)).isZero();
    }

    private static String line(int k, Moment moment, String what, String result) {
        return String.format(Locale.ROOT, "kill %3d %-32s %-42s %s", k, moment, what + ":", result);
    }

    /** When to kill: {@code delayMillis} after start, or, with a checkpoint number, that long after that checkpoint appears. */
    record Moment(long delayMillis, int afterCheckpoint) {
        static Moment uniform(Random random, long runMillis) {
            return new Moment(200 + (long) (random.nextDouble() * runMillis), 0);
        }

        static Moment afterCheckpoint(Random random, int checkpoints) {
            return new Moment(random.nextInt(150), 1 + random.nextInt(checkpoints));
        }

        @Override
        public String toString() {
            return afterCheckpoint == 0 ? "after " + delayMillis + " ms"
                    : "" + delayMillis + " ms after checkpoint " + afterCheckpoint * CHECKPOINT_EVERY;
        }
    }

    /** Starts {@code gan4j train} in a new JVM and kills it (SIGKILL) at the moment; true if it had ended by then. */
    private static boolean trainAndKill(Path parent, Moment moment) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "--add-modules", "jdk.incubator.vector", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(RUN);
        command.addAll(List.of("--out", parent.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (moment.afterCheckpoint() > 0 && !awaitCheckpoint(p, parent, moment.afterCheckpoint() * CHECKPOINT_EVERY)) return true;
        if (p.waitFor(moment.delayMillis(), TimeUnit.MILLISECONDS)) return true;
        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
        p.waitFor();
        return false;
    }

    /** Waits until the checkpoint of {@code iteration} exists; false if the process ended first. */
    private static boolean awaitCheckpoint(Process p, Path parent, int iteration) throws IOException, InterruptedException {
        String name = String.format(Locale.ROOT, "checkpoints/checkpoint-%08d.safetensors", iteration);
        while (p.isAlive()) {
            Path run = onlyChild(parent);
            if (run != null && Files.exists(run.resolve(name))) return true;
            Thread.sleep(1);
        }
        return false;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The one run folder in {@code parent} (hidden folders are runs still being made), or null. */
    static Path onlyChild(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) return null;
        try (Stream<Path> children = Files.list(parent)) {
            // A hidden folder is a run folder still being made (renamed into place with its config.yaml): not a run yet.
            List<Path> all = children.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            return all.size() == 1 ? all.get(0) : null;
        }
    }

    private static String lastCheckpoint(Path run) throws IOException {
        Path dir = run.resolve("checkpoints");
        if (!Files.isDirectory(dir)) return "no checkpoint";
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("checkpoint-")).max(String::compareTo).orElse("no checkpoint");
        }
    }

    /** The files that are missing, extra or different in {@code resumed}; metrics.json without what says which process wrote it. */
    static List<String> differences(Path straight, Path resumed) throws IOException {
        SortedSet<String> expected = files(straight), actual = files(resumed);
        List<String> diffs = new ArrayList<>();
        for (String f : expected) {
            if (!actual.contains(f)) {
                diffs.add("missing:" + f);
            } else if (!sameContent(straight.resolve(f), resumed.resolve(f))) {
                diffs.add("differs:" + f);
            }
        }
        for (String f : actual) {
            if (!expected.contains(f)) diffs.add("extra:" + f);
        }
        return diffs;
    }

    private static boolean sameContent(Path a, Path b) throws IOException {
        if (a.getFileName().toString().equals("metrics.json")) return ofTheRun(a).equals(ofTheRun(b));
        return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    private static JsonNode ofTheRun(Path metrics) throws IOException {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(metrics.toFile());
        PROCESS_KEYS.forEach(json::remove);
        return json;
    }

    private static SortedSet<String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return new TreeSet<>(all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).toList());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.delete(p);
        }
    }
}
