package io.gan4j.train;

import io.gan4j.tensor.AtomicFiles;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where a run's files go: {@code <parent>/<yyyyMMdd-HHmmss>-<name>/}. Only names here; the
 * listeners of io and viz write the files. Iteration numbers in file names are zero-padded to the
 * width of the run's last iteration, so the files list in training order.
 */
public final class RunFolder {
    public static final String CONFIG = "config.yaml", LOSSES = "losses.csv", LOSS_PLOT = "losses.png", GIF = "training.gif",
            FRAMES = "frames", GENERATOR = "generator.safetensors", DISCRIMINATOR = "discriminator.safetensors",
            OPTIMIZERS = "optimizers.safetensors", MODEL = "model.json", SAMPLES = "samples.csv", METRICS = "metrics.json",
            SAMPLES_NPY = "samples.npy", SAMPLES_PNG = "samples.png";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dir;
    private final int digits;

    public RunFolder(Path dir, int totalIterations) {
        this.dir = dir;
        this.digits = Integer.toString(Math.max(1, totalIterations)).length();
    }

    /**
     * Creates a fresh folder {@code parent/<stamp>-<name>} holding {@code config.yaml}, adding -2, -3... if that name is
     * taken. The folder is made under a hidden name and renamed into place with its config, so a kill at any moment
     * leaves either no run folder or one that {@code --resume} can read.
     */
    public static Path create(Path parent, String name, LocalDateTime now, String configYaml) throws IOException {
        Files.createDirectories(parent);
        String base = STAMP.format(now) + "-" + name;
        Path staging = Files.createTempDirectory(parent, "." + base + ".");
        AtomicFiles.writeString(staging.resolve(CONFIG), configYaml);
        for (int k = 1; ; k++) {
            Path candidate = parent.resolve(k == 1 ? base : base + "-" + k);
            if (Files.exists(candidate)) continue;
            try {
                Files.move(staging, candidate, StandardCopyOption.ATOMIC_MOVE);
                setUsualPermissions(candidate);
                return candidate;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException taken) {
                // another run started in the same second with the same name
            }
        }
    }

    /**
     * A run folder at exactly {@code dir} (a sweep's trial), made as {@link #create} makes one: whole, with its config,
     * or not at all. An existing {@code dir} is an error.
     */
    public static Path createAt(Path dir, String configYaml) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + dir.getFileName() + ".");
        AtomicFiles.writeString(staging.resolve(CONFIG), configYaml);
        try {
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException taken) {
            Files.deleteIfExists(staging.resolve(CONFIG));
            Files.deleteIfExists(staging);
            throw new FileAlreadyExistsException(dir.toString(), null, "a run folder is there already");
        }
        setUsualPermissions(dir);
        return dir;
    }

    /** A temporary directory is owner-only; a run folder has the permissions of any folder the user makes. */
    private static void setUsualPermissions(Path dir) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) return;
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    public Path dir() {
        return dir;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    /** {@code scatter-<iteration>.png}. */
    public Path scatter(int iteration) {
        return dir.resolve("scatter-" + padded(iteration) + ".png");
    }

    /** {@code grid-<iteration>.png}: generated images beside real ones. */
    public Path grid(int iteration) {
        return dir.resolve("grid-" + padded(iteration) + ".png");
    }

    public Path framesDir() {
        return dir.resolve(FRAMES);
    }

    /** {@code frames/frame-<iteration>.png}. */
    public Path frame(int iteration) {
        return framesDir().resolve("frame-" + padded(iteration) + ".png");
    }

    public String padded(int iteration) {
        return String.format("%0" + digits + "d", iteration);
    }
}
