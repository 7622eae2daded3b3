package io.gan4j.spark;

import io.gan4j.tensor.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;

/**
 * Where a sweep keeps its files: a local folder, or a Hadoop filesystem URI (file://, hdfs://, s3a://) that every
 * machine of a cluster sees. On a local folder trials train in place; elsewhere a trial trains in a local temporary
 * folder and is copied up when it ends (an interrupted remote trial then starts over).
 */
public final class SweepFolder implements Serializable {
    public static final String TRIALS = "trials";
    private final String uri;

    private SweepFolder(String uri) {
        this.uri = uri;
    }

    /** A path or a URI; a path without a scheme is local, made absolute here. */
    public static SweepFolder of(String location) {
        URI u = URI.create(location.replace(" ", "%20"));
        if (u.getScheme() == null || u.getScheme().length() == 1) return new SweepFolder(Path.of(location).toAbsolutePath().normalize().toUri().toString());
        return new SweepFolder(u.toString());
    }

    public String uri() {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    public boolean local() {
        return URI.create(uri).getScheme().equals("file");
    }

    /** The folder on this machine's filesystem (local folders only). */
    public Path localPath() {
        if (!local()) throw new IllegalStateException(uri + " is not a local folder");
        return Path.of(URI.create(uri));
    }

    /** Where a trial's run folder is, as the results table names it. */
    public String trialLocation(String name) {
        return local() ? localPath().resolve(TRIALS).resolve(name).toString() : uri() + "/" + TRIALS + "/" + name;
    }

    /** A file's text, or null when there is none. */
    public String read(String relative) {
        try {
            FileSystem fs = fileSystem();
            org.apache.hadoop.fs.Path p = path(relative);
            if (!fs.exists(p)) return null;
            try (FSDataInputStream in = fs.open(p)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + uri() + "/" + relative, e);
        }
    }

    public void write(String relative, String text) {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Written whole or not at all: atomically on a local folder, through a temporary name and a rename elsewhere. */
    public void write(String relative, byte[] bytes) {
        try {
            if (local()) {
                Path target = localPath().resolve(relative);
                Files.createDirectories(target.getParent());
                AtomicFiles.write(target, bytes);
                return;
            }
            FileSystem fs = fileSystem();
            org.apache.hadoop.fs.Path target = path(relative), partial = path(relative + ".partial");
            try (OutputStream out = fs.create(partial, true)) {
                out.write(bytes);
            }
            fs.delete(target, false);
            if (!fs.rename(partial, target)) throw new IOException("cannot rename " + partial + " to " + target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + uri() + "/" + relative, e);
        }
    }

    /** Copies a trial's finished local run folder up to {@code trials/<name>}. */
    public void upload(Path localRun, String name) {
        try {
            fileSystem().copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(localRun.toUri()), path(TRIALS + "/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy trial " + name + " to " + uri(), e);
        }
    }

    private FileSystem fileSystem() throws IOException {
        return FileSystem.get(URI.create(uri()), new Configuration());
    }

    private org.apache.hadoop.fs.Path path(String relative) {
        return new org.apache.hadoop.fs.Path(uri() + "/" + relative);
    }

    @Override
    public String toString() {
        return local() ? localPath().toString() : uri();
    }
}
