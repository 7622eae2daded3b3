package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults in the run folder while training: deleted, out of space, made read-only. Each ends in one line naming the
 * file, exit 1, and (where anything is left) a last good checkpoint that resumes to the bits of an uninterrupted run.
 * The full disk and the read-only folder are real: a small tmpfs, mounted when the tests run as root (as in CI), skipped
 * with the reason otherwise.
 */
class RunFolderFaultsTest {
    /** Long enough that the fault strikes mid-run; frames rare, so a few MB hold the run. */
    private static final String[] LONG = {"--set", "train.iterations=4000", "--set", "output.frameEvery=1000", "--set", "output.plotEvery=2000",
        "--set", "output.checkpointEvery=50", "--set", "output.evalEvery=1000"};

    @TempDir
    Path dir;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) command("umount", "-l", mounted.toString());
    }

    @Test
    void aRunFolderDeletedMidRunIsAOneLineErrorAndIsNotMadeAgain() throws Exception {
        Path parent = dir.resolve("runs");
        CompletableFuture<Void> deleter = CompletableFuture.runAsync(() -> {
            Path run = awaitFirstCheckpoint(parent);
            while (Files.exists(run)) deleteQuietly(run);
        });
        Cli r = Cli.trainTiny(parent, LONG);
        deleter.get(1, TimeUnit.MINUTES);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("gan4j: ").contains(parent.toString()).contains("does not exist (deleted or moved?)");
        try (Stream<Path> left = Files.list(parent)) {
            assertThat(left).as("nothing of the run comes back").isEmpty();
        }
    }

    @Test
    void aFullDiskIsAOneLineErrorAndTheLastCheckpointResumes() throws Exception {
        Path disk = tmpfs("size=8m");
        Path filler = disk.resolve("filler");
        Cli r = trainWithFault(disk, () -> fill(filler));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("gan4j: cannot write ").contains(disk.toString()).endsWith("No space left on device\n");

        Files.delete(filler);
        assertResumesToAStraightRun(disk);
    }

    @Test
    void aFolderMadeReadOnlyIsAOneLineErrorAndTheLastCheckpointResumes() throws Exception {
        Path disk = tmpfs("size=8m");
        Cli r = trainWithFault(disk, () -> command("mount", "-o", "remount,ro", disk.toString()));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("gan4j: cannot write ").contains(disk.toString()).endsWith("Read-only file system\n");

        assertThat(command("mount", "-o", "remount,rw", disk.toString())).isTrue();
        assertResumesToAStraightRun(disk);
    }

    /** Trains into {@code disk/runs}; once the first checkpoint is written, {@code fault} strikes. */
    private Cli trainWithFault(Path disk, Runnable fault) throws Exception {
        Path parent = disk.resolve("runs");
        CompletableFuture<Void> striker = CompletableFuture.runAsync(() -> {
            awaitFirstCheckpoint(parent);
            fault.run();
        });
        Cli r = Cli.trainTiny(parent, LONG);
        striker.get(1, TimeUnit.MINUTES);
        return r;
    }

    private void assertResumesToAStraightRun(Path disk) throws Exception {
        Path run = KillCampaignTest.onlyChild(disk.resolve("runs"));
        assertThat(run.resolve("checkpoints")).isDirectory();
        Cli resumed = Cli.run("train", "--resume", run.toString());
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("resuming " + run + " at iteration ");

        Cli straight = Cli.trainTiny(dir.resolve("straight"), LONG);
        assertThat(straight.exit()).as(straight.err()).isZero();
        assertThat(KillCampaignTest.differences(straight.runFolder(), run)).isEmpty();
    }

    private Path tmpfs(String options) throws Exception {
        Path point = Files.createDirectories(dir.resolve("disk"));
        assumeThat(command("mount", "-t", "tmpfs", "-o", options, "tmpfs", point.toString()))
                .as("mounting a tmpfs needs root (CI runs as root); this fault is not tried here").isTrue();
        mounted = point;
        return point;
    }

    /** Writes zeros until the disk is full. */
    private static void fill(Path filler) {
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[64 * 1024];
            for (;;) out.write(block);
        } catch (IOException full) {
            // the disk is full: the fault is in place
        }
    }

    private static Path awaitFirstCheckpoint(Path parent) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            try {
                Path run = KillCampaignTest.onlyChild(parent);
                if (run != null && Files.exists(run.resolve("checkpoints/checkpoint-00000050.safetensors"))) return run;
                Thread.sleep(2);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no checkpoint within a minute in " + parent);
    }

    /** Deletes what it can of a tree that is still being written to. */
    private static void deleteQuietly(Path root) {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(all::add);
        } catch (IOException | RuntimeException changing) {
            // files came and went while walking; the caller tries again
        }
        all.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path p : all) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException notYet) {
                // a folder that got a new file: the caller tries again
            }
        }
    }

    private static boolean command(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
