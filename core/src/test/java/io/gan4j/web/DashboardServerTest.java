package io.gan4j.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gan4j.cli.Main;
import io.gan4j.train.SteeringFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of the dashboard, and each kind of bad input, against a server in this JVM. */
class DashboardServerTest {
    /** Small networks, so a session trains fast. */
    static final String SMALL = "\"generator.hidden\": \"32, 32\", \"discriminator.hidden\": \"32, 32\"";

    @TempDir
    static Path out;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(out);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void servesThePageAndUplotFromTheJar() throws Exception {
        assertThat(server.text("/")).contains("<title>gan4j dashboard</title>").doesNotContain("https://");
        assertThat(server.text("/app.js")).contains("EventSource");
        assertThat(server.text("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js")).contains("uPlot");
    }

    @Test
    void optionsNameThePresetsFieldsAndBounds() throws Exception {
        JsonNode o = server.get("/api/options").json();
        assertThat(o.get("presets").has("quadratic")).isTrue();
        assertThat(o.get("defaultPreset").asText()).isEqualTo("quadratic");
        assertThat(o.get("fields").toString()).contains("generatorOptimizer.lr").doesNotContain("data.file").doesNotContain("data.path");
        assertThat(o.get("limits").get("maxDepth").asInt()).isEqualTo(Limits.DEFAULT.maxDepth());

        JsonNode preset = server.get("/api/presets/wgan-clip").json();
        assertThat(preset.get("objective.kind").asText()).isEqualTo("wasserstein");
        assertThat(preset.get("train.criticSteps").asText()).isEqualTo("5");
        TestServer.Reply missing = server.get("/api/presets/nope");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("no preset named 'nope'");
    }

    @Test
    void aTypedFormulaIsCheckedWithThePositionOfItsError() throws Exception {
        assertThat(server.post("/api/formula", "{\"formula\": \"sin(3*x) + x/2\"}").json().get("ok").asBoolean()).isTrue();
        JsonNode bad = server.post("/api/formula", "{\"formula\": \"sin(3*x) + \"}").json();
        assertThat(bad.get("ok").asBoolean()).isFalse();
        assertThat(bad.get("position").asInt()).isEqualTo(12);
        assertThat(bad.get("message").asText()).contains("ends too early");
    }

    @Test
    void badSettingsGetTheCommandLinesMessageBesideTheirField() throws Exception {
        TestServer.Reply batch = server.post("/api/check", "{\"preset\": \"quadratic\", \"settings\": {\"train.batchSize\": \"-3\"}}");
        assertThat(batch.status()).isEqualTo(400);
        assertThat(batch.json().get("fields").get("train.batchSize").asText()).isEqualTo("train.batchSize must be at least 1, got -3");

        TestServer.Reply type = server.post("/api/check", "{\"settings\": {\"generatorOptimizer.lr\": \"fast\"}}");
        assertThat(type.json().get("fields").has("generatorOptimizer.lr")).isTrue();

        TestServer.Reply path = server.post("/api/check", "{\"settings\": {\"data.file\": \"/etc/passwd\"}}");
        assertThat(path.status()).isEqualTo(400);
        assertThat(path.json().get("error").asText()).isEqualTo("data.file: not a setting the dashboard may change");

        TestServer.Reply wide = server.post("/api/check", "{\"settings\": {\"generator.hidden\": \"5000\"}}");
        assertThat(wide.json().get("fields").get("generator.hidden").asText()).contains("at most 1,024 units in a layer", "got 5,000");
        TestServer.Reply deep = server.post("/api/check", "{\"settings\": {\"discriminator.hidden\": \"8,8,8,8,8,8,8,8,8\"}}");
        assertThat(deep.json().get("fields").get("discriminator.hidden").asText()).contains("at most 8 layers");

        TestServer.Reply csv = server.post("/api/check", "{\"settings\": {\"data.kind\": \"csv\"}}");
        assertThat(csv.json().get("fields").get("data.kind").asText()).contains("upload one first");
        assertThat(server.post("/api/check", "not json").json().get("error").asText()).startsWith("the request body is not valid JSON");
        assertThat(server.post("/api/check", "{\"preset\": \"nope\"}").json().get("fields").has("preset")).isTrue();

        TestServer.Reply ok = server.post("/api/check", "{\"preset\": \"sine\", \"settings\": {\"train.batchSize\": \"64\"}}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("settings").get("train.batchSize").asText()).isEqualTo("64");
    }

    @Test
    void uploadsAreContentStoredUnderTheServersOwnName() throws Exception {
        JsonNode up = server.post("/api/uploads", "a,b\n1,2\n3,5\n4,4\n").json();
        assertThat(up.get("columns").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(up.get("rows").asInt()).isEqualTo(3);
        assertThat(Files.exists(out.resolve(".uploads").resolve(up.get("upload").asText() + ".csv"))).isTrue();

        TestServer.Reply bad = server.post("/api/uploads", "a,b\n1,x\n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("fields").get("upload").asText()).startsWith("the uploaded file").contains("line 2");
        assertThat(server.post("/api/check", "{\"settings\": {\"data.kind\": \"csv\"}, \"upload\": \"upload-99\"}").json()
                .get("fields").get("upload").asText()).contains("upload the file again");
        TestServer.Reply trained = server.post("/api/check", "{\"settings\": {\"data.kind\": \"csv\"}, \"upload\": \"" + up.get("upload").asText() + "\"}");
        assertThat(trained.status()).isEqualTo(200);
    }

    @Test
    void requestsFromOtherSitesAreRefused() throws Exception {
        TestServer.Reply foreign = server.post("/api/sessions", "{}", "http://evil.example");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().get("error").asText()).contains("must come from this server's page");
        assertThat(server.get("/api/sessions").json().toString()).doesNotContain("evil");
        assertThat(rawGet("/api/options", "rebound.example:" + server.server.port())).startsWith("HTTP/1.1 403");
        assertThat(rawGet("/api/options", "localhost:" + server.server.port())).startsWith("HTTP/1.1 200");
    }

    @Test
    void aSessionStreamsFramesObeysItsControlsAndLeavesARunFolderThatResumes() throws Exception {
        String id = server.start("{\"preset\": \"quadratic\", \"paused\": true, \"settings\": {" + SMALL
                + ", \"latent.size\": \"2\", \"train.iterations\": \"1500\"}}");
        try (TestServer.Viewer viewer = server.watch(id)) {
            TestServer.Event hello = viewer.next();
            assertThat(hello.name()).isEqualTo("hello");
            assertThat(hello.data().get("kind").asText()).isEqualTo("points");
            assertThat(hello.data().get("extent")).hasSize(4);
            assertThat(TestServer.floatCount(hello.data().get("real").asText())).isEqualTo(2 * Scene.POINTS);

            JsonNode paused = viewer.frameWhere(f -> f.path("status").asText().equals("paused"));
            assertThat(paused.get("iteration").asInt()).isZero();
            assertThat(TestServer.floatCount(paused.get("fake").asText())).isEqualTo(2 * Scene.POINTS);
            assertThat(TestServer.floatCount(paused.get("push").asText())).isEqualTo(2 * Scene.POINTS);
            assertThat(TestServer.floatCount(paused.get("manifold").asText())).isEqualTo(2 * Scene.MANIFOLD_GRID * Scene.MANIFOLD_GRID);
            assertThat(paused.get("map").asText()).isNotEmpty();

            control(id, "stepD");
            control(id, "stepG");
            assertThat(viewer.frameWhere(f -> f.path("changes").asInt() == 2).get("iteration").asInt()).isZero();
            control(id, "step");
            assertThat(viewer.frameWhere(f -> f.path("iteration").asInt() == 1 && f.path("status").asText().equals("paused"))).isNotNull();

            TestServer.Reply lr = server.post("/api/sessions/" + id + "/steer", "{\"key\": \"generatorOptimizer.lr\", \"value\": \"0.0005\"}");
            assertThat(lr.status()).isEqualTo(200);
            assertThat(viewer.frameWhere(f -> f.path("settings").path("generatorOptimizer.lr").asText().equals("0.0005"))).isNotNull();
            TestServer.Reply bad = server.post("/api/sessions/" + id + "/steer", "{\"key\": \"train.criticSteps\", \"value\": \"0\"}");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("fields").get("train.criticSteps").asText()).isEqualTo("train.criticSteps must be at least 1, got 0");
            TestServer.Reply fixed = server.post("/api/sessions/" + id + "/steer", "{\"key\": \"generator.hidden\", \"value\": \"8\"}");
            assertThat(fixed.json().get("error").asText()).contains("cannot change during training");

            control(id, "save");
            viewer.frameWhere(f -> f.path("savedAt").asInt(-1) == 1);
            Path folder = Path.of(server.get("/api/sessions/" + id).json().get("folder").asText());
            assertThat(folder.resolve("checkpoints").toFile().list()).anyMatch(n -> n.contains("0001"));

            // Throttled, so that the stop below comes long before the 1,500 iterations are done.
            TestServer.Reply speed = server.post("/api/sessions/" + id + "/control", "{\"action\": \"speed\", \"stepsPerSecond\": 200}");
            assertThat(speed.status()).isEqualTo(200);
            control(id, "play");
            JsonNode throttled = viewer.frameWhere(f -> f.path("iteration").asInt() > 150 && f.path("itPerSec").asDouble() > 0);
            assertThat(throttled.get("itPerSec").asDouble()).as("steps a second at a limit of 200").isLessThan(250);
            control(id, "stop");
            JsonNode last = viewer.frameWhere(f -> f.path("status").asText().equals("stopped_early"));
            assertThat(last.get("message").asText()).isEqualTo("stopped from the dashboard");
            int stoppedAt = last.get("iteration").asInt();
            assertThat(stoppedAt).isLessThan(1500);
            assertThat(server.post("/api/sessions/" + id + "/control", "{\"action\": \"play\"}").json().get("error").asText()).contains("has ended");

            List<io.gan4j.train.Steering.Change> changes = SteeringFile.read(folder.resolve(SteeringFile.NAME));
            assertThat(changes).extracting(io.gan4j.train.Steering.Change::key)
                    .containsExactly("step", "step", "generatorOptimizer.lr");
            assertThat(changes.get(2).iteration()).isEqualTo(1);

            StringWriter printed = new StringWriter();
            int exit = Main.run(new PrintWriter(printed), new PrintWriter(new StringWriter()), "train", "--resume", folder.toString());
            assertThat(exit).as(printed.toString()).isZero();
            assertThat(printed.toString()).contains("resuming " + folder + " at iteration " + String.format("%,d", stoppedAt)).contains("completed");
            assertThat(Files.readString(folder.resolve("metrics.json"))).contains("\"iterations\" : 1500");
        }
    }

    @Test
    void aSecondViewerJoinsWhatIsRunningWithItsHistory() throws Exception {
        String id = server.start("{\"preset\": \"sine\", \"settings\": {" + SMALL + ", \"train.iterations\": \"200000\"}}");
        try (TestServer.Viewer first = server.watch(id)) {
            first.frameWhere(f -> f.has("loss") && f.path("iteration").asInt() > 100);
            try (TestServer.Viewer second = server.watch(id)) {
                TestServer.Event hello = second.next();
                assertThat(hello.data().get("history").size()).isGreaterThan(0);
                int seen = second.frameWhere(f -> true).get("iteration").asInt();
                assertThat(first.frameWhere(f -> f.path("iteration").asInt() > seen)).isNotNull();
                assertThat(second.frameWhere(f -> f.path("iteration").asInt() > seen)).isNotNull();
            }
        } finally {
            control(id, "stop");
        }
    }

    @Test
    void anImageSessionStreamsGridsOfGeneratedImages() throws Exception {
        String id = server.start("{\"preset\": \"fashion-mlp\", \"settings\": {\"generator.hidden\": \"16\", \"discriminator.hidden\": \"16\","
                + " \"train.batchSize\": \"16\"}}");
        try (TestServer.Viewer viewer = server.watch(id)) {
            JsonNode hello = viewer.next().data();
            assertThat(hello.get("kind").asText()).isEqualTo("images");
            assertThat(hello.get("imageShape").toString()).isEqualTo("[1,28,28]");
            JsonNode frame = viewer.frameWhere(f -> f.has("images"));
            assertThat(java.util.Base64.getDecoder().decode(frame.get("images").asText())).hasSize(Scene.IMAGES * 28 * 28);
        } finally {
            control(id, "stop");
        }
    }

    @Test
    void boundsAnswer429AndTheRunningSessionGoesOn(@TempDir Path other) throws Exception {
        Limits one = new Limits(1024, 8, 4096, 256, 10_000_000, 20, 128, 1000, 1, 20, 1);
        try (TestServer small = new TestServer(other, one)) {
            String id = small.start("{\"preset\": \"quadratic\", \"paused\": true, \"settings\": {" + SMALL + "}}");
            TestServer.Reply second = small.post("/api/sessions", "{\"preset\": \"quadratic\"}");
            assertThat(second.status()).isEqualTo(429);
            assertThat(second.json().get("error").asText()).contains("at most 1 at once");
            TestServer.Reply big = small.post("/api/uploads", "x,y\n" + "1,2\n".repeat(400));
            assertThat(big.status()).isEqualTo(413);
            try (TestServer.Viewer viewer = small.watch(id)) {
                viewer.next();
                TestServer.Viewer refused = small.watch(id);
                assertThat(refused.status).isEqualTo(429);
                refused.close();
                assertThat(viewer.frameWhere(f -> f.path("status").asText().equals("paused"))).isNotNull();
            }
            assertThat(small.get("/api/sessions/nope").status()).isEqualTo(404);
        }
    }

    private static void control(String id, String action) throws IOException, InterruptedException {
        TestServer.Reply r = server.post("/api/sessions/" + id + "/control", "{\"action\": \"" + action + "\"}");
        assertThat(r.status()).as(String.valueOf(r.json())).isEqualTo(200);
    }

    /** A request with a Host header of our choice (the JDK's client will not send a foreign one). */
    private static String rawGet(String path, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.server.port())) {
            OutputStream o = s.getOutputStream();
            o.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            o.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
