package io.gan4j.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** One line for people from an exception: what went wrong and, where known, which file. */
final class ErrorMessages {
    private ErrorMessages() {}

    static String of(Throwable e) {
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getFile() + ": " + f.getReason();
        if (e instanceof NoSuchFileException f) return "no such file: " + f.getFile();
        if (e instanceof AccessDeniedException f) return "permission denied: " + f.getFile();
        if (e instanceof NotDirectoryException f) return "not a directory: " + f.getFile();
        if (e instanceof FileAlreadyExistsException f) return "already exists: " + f.getFile();
        if (e instanceof OutOfMemoryError) return "out of memory; give Java more with e.g. GAN4J_OPTS=-Xmx8g";
        if (e instanceof StackOverflowError) return "stack overflow; give Java more with e.g. GAN4J_OPTS=-Xss64m";
        if (e instanceof UncheckedIOException u && u.getCause() != null) return withCause(u.getMessage(), u.getCause());
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getCause() != null ? of(e.getCause()) : e.getClass().getSimpleName();
        }
        return firstLine(message);
    }

    private static String withCause(String message, Throwable cause) {
        String detail = of(cause);
        // "cannot write F" caused by "F: No space left on device": name F once
        if (message != null && cause instanceof FileSystemException f && f.getReason() != null && message.contains(f.getFile())) detail = f.getReason();
        if (message == null || message.isBlank() || message.equals(cause.toString())) return detail;
        if (message.contains(detail)) return firstLine(message);
        return firstLine(message) + ": " + detail;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
