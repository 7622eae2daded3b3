package io.gan4j.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.HotSpotDiagnosticMXBean;
import io.gan4j.cli.RunLauncher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A dashboard server in this JVM on a free port, training into a folder, with a small HTTP client. */
final class TestServer implements AutoCloseable {
    record Reply(int status, JsonNode json) {}

    /** One server-sent event. */
    record Event(String name, JsonNode data) {}

    final DashboardServer server;
    final Path out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestServer(Path out, Limits limits) {
        this.out = out;
        this.server = new DashboardServer("127.0.0.1", 0, out, new RunLauncher(out), limits).start();
    }

    TestServer(Path out) {
        this(out, Limits.DEFAULT);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
    }

    Reply post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Origin", base()).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply post(String path, String body, String origin) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Origin", origin).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    String text(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body().isEmpty() ? null : Json.MAPPER.readTree(r.body()));
    }

    /** How many floats a frame's base64 float32 array holds. */
    static int floatCount(String base64) {
        return java.util.Base64.getDecoder().decode(base64).length / 4;
    }

    /** Starts a session; fails the test with the server's message if it is refused. */
    String start(String body) throws IOException, InterruptedException {
        Reply r = post("/api/sessions", body);
        if (r.status() != 201) throw new AssertionError("session refused: " + r.status() + " " + r.json());
        return r.json().get("id").asText();
    }

    /** A viewer of a session: its events, as they come. */
    Viewer watch(String id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/sessions/" + id + "/events"))
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        return new Viewer(r.statusCode(), r.body());
    }

    static final class Viewer implements AutoCloseable {
        final int status;
        private final InputStream stream;
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

        Viewer(int status, InputStream stream) {
            this.status = status;
            this.stream = stream;
            Thread.ofVirtual().start(this::read);
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String name = "message", line;
                StringBuilder data = new StringBuilder();
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("event:")) name = line.substring(6).trim();
                    else if (line.startsWith("data:")) data.append(line.substring(5).trim());
                    else if (line.isEmpty() && !data.isEmpty()) {
                        events.add(new Event(name, Json.MAPPER.readTree(data.toString())));
                        data.setLength(0);
                        name = "message";
                    }
                }
            } catch (IOException e) {
                // closed
            }
        }

        /** The next event, within 30 seconds. */
        Event next() throws InterruptedException {
            Event e = events.poll(30, TimeUnit.SECONDS);
            if (e == null) throw new AssertionError("no event within 30 s");
            return e;
        }

        /**
         * Every thread's stack, virtual threads included, for a wait that timed out: which one (training, picture
         * writer, a viewer, whatever holds the virtual threads' carriers) was stuck where.
         */
        private static String threadDump() {
            StringBuilder sb = new StringBuilder("threads at the timeout:\n");
            try {
                Path file = Files.createTempFile("gan4j-threads", ".txt");
                Files.delete(file);
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.TEXT_PLAIN);
                sb.append(Files.readString(file));
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException e) {
                sb.append("(no thread dump: ").append(e).append(")\n");
            }
            return sb.toString();
        }

        /** The next frame that satisfies the condition, within 60 seconds. */
        JsonNode frameWhere(java.util.function.Predicate<JsonNode> condition) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            JsonNode last = null;
            while (System.nanoTime() < end) {
                Event e = events.poll(1, TimeUnit.SECONDS);
                if (e == null || !e.name().equals("frame")) continue;
                if (condition.test(e.data())) return e.data();
                last = e.data();
            }
            throw new AssertionError(threadDump() + "no such frame within 60 s; the last one: " + (last == null ? "none"
                    : "iteration " + last.path("iteration") + ", status " + last.path("status") + ", message " + last.path("message")
                    + ", savedAt " + last.path("savedAt") + ", changes " + last.path("changes")));
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
