package io.gan4j.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded soak, not a test: {@code gan4j serve} in its own JVM (target/gan4j.jar), one quadratic session, 20
 * viewers on 127.0.0.1 for 10 minutes. Each minute: the server's live heap after a full GC, four times (jcmd's class
 * histogram), the frames each
 * viewer received, the training speed. Run with {@code ./mvnw package -DskipTests} then
 * {@code ./mvnw test -Dtest=DashboardSoakBench -Dgan4j.bench=dashboard-soak [-Dgan4j.soak.minutes=10]
 * [-Dgan4j.soak.settings='"output.frameEvery": "0"']}; the
 * report goes to target/dashboard-soak.txt.
 */
@EnabledIfSystemProperty(named = "gan4j.bench", matches = "dashboard-soak")
class DashboardSoakBench {
    private static final int VIEWERS = 20;
    /** One full GC can land on a GIF rebuild or a file write; the lowest and highest of a few show the spread. */
    private static final int GCS_PER_MINUTE = 4;
    private static final int MINUTES = Integer.getInteger("gan4j.soak.minutes", 10);
    /** Settings for the session besides the preset's, as JSON members (e.g. "output.frameEvery": "0"). */
    private static final String EXTRA = System.getProperty("gan4j.soak.settings", "");
    private static final String JCMD = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/jcmd";
    private static final Pattern LIVE = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

    @Test
    void twentyViewersForTenMinutes(@TempDir Path dir) throws Exception {
        int port = 18000 + (int) (ProcessHandle.current().pid() % 1000);
        Process server = new ProcessBuilder("../gan4j", "serve", "--port", Integer.toString(port), "--out", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
        List<String> report = new ArrayList<>();
        try {
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newHttpClient();
            waitUntilUp(http, base);
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "/api/sessions")).header("Origin", base)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"preset\": \"quadratic\", \"settings\": {\"train.iterations\": \"10000000\""
                            + (EXTRA.isBlank() ? "" : ", " + EXTRA) + "}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            String id = Json.MAPPER.readTree(started.body()).get("id").asText();
            AtomicLong[] frames = new AtomicLong[VIEWERS];
            AtomicReference<JsonNode> latest = new AtomicReference<>();
            for (int v = 0; v < VIEWERS; v++) {
                frames[v] = new AtomicLong();
                watch(http, base + "/api/sessions/" + id + "/events", frames[v], v == 0 ? latest : null);
            }
            long pid = serverJvm(server);
            long[] before = new long[VIEWERS];
            double lastIteration = 0, lastNanos = System.nanoTime();
            report.add("minute, live heap after a full GC, lowest and highest of " + GCS_PER_MINUTE
                    + " in the minute (MB), frames per viewer in the minute (min..max), iterations per second over the minute");
            for (int minute = 1; minute <= MINUTES; minute++) {
                long lowest = Long.MAX_VALUE, highest = 0;
                for (int g = 0; g < GCS_PER_MINUTE; g++) {
                    TimeUnit.SECONDS.sleep(60 / GCS_PER_MINUTE);
                    long used = heapAfterGc(pid);
                    lowest = Math.min(lowest, used);
                    highest = Math.max(highest, used);
                }
                long min = Long.MAX_VALUE, max = 0;
                for (int v = 0; v < VIEWERS; v++) {
                    long n = frames[v].get() - before[v];
                    before[v] = frames[v].get();
                    min = Math.min(min, n);
                    max = Math.max(max, n);
                }
                JsonNode f = latest.get();
                long iteration = f == null ? 0 : f.path("iteration").asLong();
                String line = String.format(Locale.ROOT, "%d, %.1f..%.1f, %d..%d, %.0f", minute, lowest / 1024.0, highest / 1024.0, min, max,
                        (iteration - lastIteration) / (System.nanoTime() - lastNanos) * 1e9);
                lastIteration = iteration;
                lastNanos = System.nanoTime();
                report.add(line);
                System.out.println(line);
                Files.write(Path.of("target/dashboard-soak.txt"), report);
            }
        } finally {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(report).hasSize(MINUTES + 1);
    }

    private static void waitUntilUp(HttpClient http, String base) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/api/options")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (java.io.IOException e) {
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }
        throw new AssertionError("the server did not start within a minute");
    }

    private static void watch(HttpClient http, String url, AtomicLong frames, AtomicReference<JsonNode> latest) {
        Thread.ofVirtual().start(() -> {
            try {
                HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                    String line;
                    boolean frame = false;
                    while ((line = in.readLine()) != null) {
                        if (line.equals("event: frame")) frame = true;
                        else if (line.startsWith("data:") && frame) {
                            frames.incrementAndGet();
                            if (latest != null) latest.set(Json.MAPPER.readTree(line.substring(5)));
                            frame = false;
                        }
                    }
                }
            } catch (Exception e) {
                // the soak ends
            }
        });
    }

    /** The java process under the launcher script. */
    private static long serverJvm(Process launcher) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            var java = launcher.toHandle().descendants().filter(p -> p.info().command().orElse("").endsWith("java")).findFirst();
            if (java.isPresent()) return java.get().pid();
            if (launcher.info().command().orElse("").endsWith("java")) return launcher.pid();
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return launcher.pid();
    }

    /**
     * The bytes of live objects, counted by a class histogram, which runs a full GC first. (The heap's "used" read by a
     * second jcmd after {@code GC.run} also counts what training allocated in between, a few hundred ms at ~1 GB/s.)
     */
    private static long heapAfterGc(long pid) throws Exception {
        Matcher m = LIVE.matcher(run(JCMD, Long.toString(pid), "GC.class_histogram"));
        return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
        return out;
    }
}
