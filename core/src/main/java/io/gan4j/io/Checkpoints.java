package io.gan4j.io;

import io.gan4j.nn.Module;
import io.gan4j.optim.Optimizer;
import io.gan4j.tensor.AtomicFiles;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.Gan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A GAN's whole training state in one safetensors file: both networks' parameters and
 * buffers, both optimizers' state, and in the metadata the iteration reached. Together with
 * per-iteration random streams this is all a run needs to continue exactly.
 *
 * <p>Keys are prefixed by part: {@code generator.}, {@code discriminator.},
 * {@code generatorOptimizer.}, {@code discriminatorOptimizer.}. Loading is all or nothing.
 *
 * <p>Each checkpoint carries in its metadata a SHA-256 of its contents ({@value #CHECKSUM}: every tensor's name, shape
 * and bits, and every other metadata entry, in name order), so a truncated or corrupted file is told from a good one;
 * {@link #latestValid} skips such files for the newest checkpoint that proves itself.
 */
public final class Checkpoints {
    public static final String DIRECTORY = "checkpoints";
    private static final Pattern NAME = Pattern.compile("checkpoint-(\\d+)\\.safetensors");
    public static final String CHECKSUM = "checksum_sha256";
    private static final String G = "generator.", D = "discriminator.", GO = "generatorOptimizer.", DO = "discriminatorOptimizer.";

    private Checkpoints() {}

    /** Writes {@code checkpoints/checkpoint-<iteration>.safetensors} atomically and returns its path. */
    public static Path save(Path runDir, Gan gan, int iteration, Map<String, String> metadata) throws IOException {
        Map<String, Tensor> all = new LinkedHashMap<>();
        prefixed(G, gan.generator().stateDict(), all);
        prefixed(D, gan.discriminator().stateDict(), all);
        prefixed(GO, gan.generatorOptimizer().stateDict(), all);
        prefixed(DO, gan.discriminatorOptimizer().stateDict(), all);
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        meta.put("iteration", Integer.toString(iteration));
        meta.put("format", "gan4j-checkpoint-1");
        meta.put(CHECKSUM, checksum(all, meta));
        Path file = AtomicFiles.folder(runDir.resolve(DIRECTORY)).resolve(String.format("checkpoint-%08d.safetensors", iteration));
        SafeTensors.write(file, all, meta);
        return file;
    }

    /** The newest checkpoint that reads and matches its checksum (null when none does), and why newer ones were skipped. */
    public record Latest(Path file, SafeTensorsFile contents, List<String> skipped) {}

    public static Latest latestValid(Path runDir) throws IOException {
        Path dir = runDir.resolve(DIRECTORY);
        List<String> skipped = new ArrayList<>();
        if (!Files.isDirectory(dir)) return new Latest(null, null, skipped);
        List<Path> newestFirst;
        try (Stream<Path> files = Files.list(dir)) {
            newestFirst = files.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted((a, b) -> Long.compare(iterationOf(b), iterationOf(a))).toList();
        }
        for (Path p : newestFirst) {
            try {
                SafeTensorsFile contents = SafeTensors.read(p);
                verify(p, contents);
                return new Latest(p, contents, skipped);
            } catch (IOException | RuntimeException e) {
                skipped.add(runDir.relativize(p) + " (" + e.getMessage() + ")");
            }
        }
        return new Latest(null, null, skipped);
    }

    /** Throws naming the file when its checksum is missing or does not match its contents. */
    static void verify(Path file, SafeTensorsFile f) throws CheckpointException {
        String recorded = f.metadata().get(CHECKSUM);
        if (recorded == null) throw new CheckpointException(file.toString(), "metadata has no " + CHECKSUM + " (written before checksums, or damaged)");
        Map<String, String> meta = new LinkedHashMap<>(f.metadata());
        meta.remove(CHECKSUM);
        if (!recorded.equals(checksum(f.tensors(), meta))) throw new CheckpointException(file.toString(), "contents do not match their checksum");
    }

    /** SHA-256 of the tensors (name, shape, bits) and metadata, both in name order, as hex. */
    static String checksum(Map<String, Tensor> tensors, Map<String, String> metadata) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String name : new TreeMap<>(tensors).keySet()) {
            Tensor t = tensors.get(name);
            sha.update((name + Arrays.toString(t.shape())).getBytes(StandardCharsets.UTF_8));
            ByteBuffer bits = ByteBuffer.allocate(4 * t.size()).order(ByteOrder.LITTLE_ENDIAN);
            bits.asFloatBuffer().put(t.data());
            sha.update(bits.array());
        }
        new TreeMap<>(metadata).forEach((k, v) -> sha.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static long iterationOf(Path p) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Restores a GAN's state from a checkpoint and returns the iteration it was saved at. */
    public static int restore(Path file, Gan gan) throws IOException {
        return restore(file, SafeTensors.read(file), gan);
    }

    /** As {@link #restore(Path, Gan)}, from contents already read (and verified) by {@link #latestValid}. */
    public static int restore(Path file, SafeTensorsFile f, Gan gan) throws CheckpointException {
        String iteration = f.metadata().get("iteration");
        if (iteration == null || !iteration.matches("\\d+")) throw new CheckpointException(file.toString(), "metadata has no iteration");
        try {
            Map<String, Tensor> g = part(f.tensors(), G), d = part(f.tensors(), D), go = part(f.tensors(), GO), dop = part(f.tensors(), DO);
            // Check every part before loading any, so a bad file changes nothing.
            gan.generator().checkStateDict(g);
            gan.discriminator().checkStateDict(d);
            gan.generatorOptimizer().checkStateDict(go);
            gan.discriminatorOptimizer().checkStateDict(dop);
            gan.generator().loadStateDict(g);
            gan.discriminator().loadStateDict(d);
            gan.generatorOptimizer().loadStateDict(go);
            gan.discriminatorOptimizer().loadStateDict(dop);
        } catch (IllegalArgumentException e) {
            throw new CheckpointException(file.toString(), e.getMessage());
        }
        return Integer.parseInt(iteration);
    }

    /** Writes one module's state (e.g. the final generator) with metadata, atomically. */
    public static void saveModule(Path file, Module module, Map<String, String> metadata) throws IOException {
        SafeTensors.write(file, module.stateDict(), metadata);
    }

    /** Loads one module's state written by {@link #saveModule}; strict on names and shapes. */
    public static void loadModule(Path file, Module module) throws IOException {
        SafeTensorsFile f = SafeTensors.read(file);
        try {
            module.loadStateDict(f.tensors());
        } catch (IllegalArgumentException e) {
            throw new CheckpointException(file.toString(), e.getMessage());
        }
    }

    /** Both optimizers' state in one file. */
    public static void saveOptimizers(Path file, Optimizer generator, Optimizer discriminator) throws IOException {
        Map<String, Tensor> all = new LinkedHashMap<>();
        prefixed(GO, generator.stateDict(), all);
        prefixed(DO, discriminator.stateDict(), all);
        SafeTensors.write(file, all, Map.of());
    }

    private static void prefixed(String prefix, Map<String, Tensor> from, Map<String, Tensor> into) {
        from.forEach((k, t) -> into.put(prefix + k, t));
    }

    private static Map<String, Tensor> part(Map<String, Tensor> all, String prefix) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        all.forEach((k, t) -> {
            if (k.startsWith(prefix)) out.put(k.substring(prefix.length()), t);
        });
        return out;
    }
}
