package io.gan4j.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.gan4j.data.CsvData;
import io.gan4j.data.DataFileException;
import io.gan4j.data.Formula;
import io.gan4j.data.FormulaException;
import io.gan4j.tensor.AtomicFiles;
import io.gan4j.train.Steering;
import io.gan4j.train.config.ConfigException;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.Presets;
import io.gan4j.train.config.RunConfig;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseClient;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code gan4j serve}: the dashboard's HTTP server. Static page and uPlot from the jar, a JSON API
 * for settings and controls, and each session's frames as server-sent events. Only this package
 * knows Javalin.
 */
public final class DashboardServer implements AutoCloseable {
    private static final String STATIC = "/io/gan4j/web/public";
    private static final long HEARTBEAT_MILLIS = 2000;

    private final String host;
    private final Path out;
    private final Limits limits;
    private final Sessions sessions;
    private final Map<String, Path> uploads = new ConcurrentHashMap<>();
    private final AtomicInteger uploadCount = new AtomicInteger();
    private final AtomicInteger viewers = new AtomicInteger();
    private final Javalin app;
    private RequestGuard guard;

    public DashboardServer(String host, int port, Path out, Launcher launcher) {
        this(host, port, out, launcher, Limits.DEFAULT);
    }

    DashboardServer(String host, int port, Path out, Launcher launcher, Limits limits) {
        this.host = host;
        this.out = out;
        this.limits = limits;
        this.sessions = new Sessions(launcher, limits);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = host;
            config.jetty.port = port;
            config.http.maxRequestSize = limits.maxUploadBytes();
            config.staticFiles.add(STATIC, Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            routes(config.routes);
        });
    }

    /** Starts listening; the port is known afterwards (0 picks a free one). */
    public DashboardServer start() {
        app.start();
        guard = new RequestGuard(hostNames(host, app.port()));
        return this;
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String shown = isWildcard(host) ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/";
    }

    /** Whether {@code host} is reachable only from this machine. */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Stops every session (each ends as stopped early, its files complete), then the server. */
    @Override
    public void close() {
        for (Session s : sessions.all()) {
            if (!s.ended()) s.controls().send(Controls.Command.STOP);
        }
        for (Session s : sessions.all()) {
            try {
                s.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        app.stop();
    }

    Sessions sessions() {
        return sessions;
    }

    private void routes(RoutesConfig r) {
        r.before(ctx -> {
            guard.checkHost(ctx.header("Host"));
            if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")) guard.checkOrigin(ctx.header("Origin"), ctx.header("Host"));
        });
        r.before("/api/sessions/{id}/events", ctx -> {
            sessions.get(ctx.pathParam("id"));
            if (viewers.get() >= limits.maxViewers()) {
                throw WebException.tooMany("already " + viewers.get() + " viewers (at most " + limits.maxViewers() + " on this server)");
            }
        });
        r.get("/api/options", ctx -> json(ctx, options()));
        r.get("/api/presets/{name}", ctx -> json(ctx, presetValues(ctx.pathParam("name"))));
        r.post("/api/formula", ctx -> json(ctx, formula(Json.object(ctx.body()))));
        r.post("/api/uploads", this::upload);
        r.post("/api/check", ctx -> {
            RunConfig c = config(Json.object(ctx.body()));
            json(ctx, Map.of("ok", true, "settings", Settings.valuesOf(c)));
        });
        r.get("/api/sessions", ctx -> json(ctx, sessions.summaries()));
        r.post("/api/sessions", ctx -> {
            JsonNode body = Json.object(ctx.body());
            Session s = sessions.start(config(body), body.path("paused").asBoolean(false));
            ctx.status(201);
            json(ctx, s.summary());
        });
        r.get("/api/sessions/{id}", ctx -> json(ctx, sessions.get(ctx.pathParam("id")).summary()));
        r.post("/api/sessions/{id}/control", ctx -> control(sessions.get(ctx.pathParam("id")), Json.object(ctx.body()), ctx));
        r.post("/api/sessions/{id}/steer", ctx -> steer(sessions.get(ctx.pathParam("id")), Json.object(ctx.body()), ctx));
        r.sse("/api/sessions/{id}/events", this::watch);
        r.exception(WebException.class, (e, ctx) -> refuse(ctx, e.status(), e.getMessage(), e.fields()));
        r.exception(HttpResponseException.class, (e, ctx) -> refuse(ctx, e.getStatus(), e.getMessage(), Map.of()));
        r.exception(Exception.class, (e, ctx) -> refuse(ctx, 500, "the server failed: " + e, Map.of()));
    }

    private static void refuse(Context ctx, int status, String message, Map<String, String> fields) {
        ctx.status(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("fields", fields);
        json(ctx, body);
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json").result(Json.write(value));
    }

    private Map<String, Object> options() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("presets", Presets.descriptions());
        m.put("defaultPreset", Presets.DEFAULT);
        m.put("fields", Settings.FIELDS);
        m.put("dataKinds", Settings.DATA_KINDS);
        m.put("steerable", Steering.STEERABLE.stream().sorted().toList());
        m.put("limits", limits);
        m.put("sessions", sessions.summaries());
        return m;
    }

    private static Map<String, String> presetValues(String name) {
        if (!ConfigLoader.isPreset(name)) throw WebException.notFound("no preset named '" + name + "'");
        return Settings.valuesOf(ConfigLoader.preset(name, List.of()));
    }

    /** Checks a typed formula: fine, or where it goes wrong and why. */
    private static Map<String, Object> formula(JsonNode body) {
        String text = body.path("formula").asText("");
        try {
            Formula.parse(text);
            return Map.of("ok", true);
        } catch (FormulaException e) {
            return Map.of("ok", false, "position", e.position(), "message", e.reason());
        }
    }

    /** An uploaded CSV: the body is the file's content; the server stores it under a name of its own. */
    private void upload(Context ctx) throws IOException {
        byte[] content = ctx.bodyAsBytes();
        if (content.length > limits.maxUploadBytes()) {
            throw WebException.tooLarge(String.format("the file has %,d bytes, at most %,d", content.length, limits.maxUploadBytes()));
        }
        Path folder = AtomicFiles.folder(out.resolve(".uploads"));
        String id = "upload-" + uploadCount.incrementAndGet();
        Path file = folder.resolve(id + ".csv");
        AtomicFiles.write(file, content);
        CsvData data;
        try {
            data = CsvData.load(file);
        } catch (DataFileException e) {
            throw WebException.field("upload", e.getMessage().replace(file.toString(), "the uploaded file"));
        }
        uploads.put(id, file);
        json(ctx, Map.of("upload", id, "columns", data.columnNames(), "rows", data.rows()));
    }

    /** The config a request's preset, settings and upload make, validated and within the dashboard's bounds. */
    private RunConfig config(JsonNode body) {
        String preset = body.path("preset").asText(Presets.DEFAULT);
        Map<String, String> form = new LinkedHashMap<>();
        JsonNode settings = body.path("settings");
        if (!settings.isMissingNode() && !settings.isObject()) throw WebException.badRequest("settings must be an object of key: value");
        for (Iterator<Map.Entry<String, JsonNode>> it = settings.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            form.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString());
        }
        Path uploaded = null;
        if (body.hasNonNull("upload")) {
            uploaded = uploads.get(body.get("upload").asText());
            if (uploaded == null) throw WebException.field("upload", "no upload '" + body.get("upload").asText() + "': upload the file again");
        }
        RunConfig c = Settings.resolve(preset, form, uploaded);
        limits.check(c);
        return c;
    }

    private static void control(Session s, JsonNode body, Context ctx) {
        String action = body.path("action").asText("");
        if (s.ended() && !action.equals("speed")) throw WebException.badRequest("session " + s.id() + " has ended: start a new one");
        switch (action) {
            case "play" -> s.controls().send(Controls.Command.PLAY);
            case "pause" -> s.controls().send(Controls.Command.PAUSE);
            case "step" -> s.controls().send(Controls.Command.STEP);
            case "stepD" -> s.controls().send(Controls.Command.STEP_D);
            case "stepG" -> s.controls().send(Controls.Command.STEP_G);
            case "save" -> s.controls().send(Controls.Command.SAVE);
            case "stop" -> s.controls().send(Controls.Command.STOP);
            case "speed" -> {
                double rate = body.path("stepsPerSecond").asDouble(-1);
                if (!(rate >= 0) || rate > 1e6) throw WebException.field("speed", "speed: steps per second from 0 (full speed) to 1,000,000, got " + body.path("stepsPerSecond"));
                s.controls().speed(rate);
            }
            default -> throw WebException.badRequest("action: expected play, pause, step, stepD, stepG, save, stop or speed, got '" + action + "'");
        }
        json(ctx, s.summary());
    }

    private static void steer(Session s, JsonNode body, Context ctx) {
        String key = body.path("key").asText(""), value = body.path("value").asText("");
        Steering steering = s.steering();
        if (s.ended() || steering == null) throw WebException.badRequest("session " + s.id() + " is not training");
        try {
            steering.ask(key, value);
        } catch (ConfigException e) {
            throw Settings.attributed(e.getMessage());
        }
        // A paused session waits on its commands: wake it, so the change shows at once.
        s.controls().send(Controls.Command.APPLY_SETTINGS);
        json(ctx, Map.of("asked", key, "value", value));
    }

    /** A viewer: the session's still parts and history first, then its newest frame whenever there is one. */
    private void watch(SseClient client) {
        Session s = sessions.get(client.ctx().pathParam("id"));
        viewers.incrementAndGet();
        client.keepAlive();
        client.onClose(viewers::decrementAndGet);
        Thread.ofVirtual().name("gan4j-viewer").start(() -> {
            try {
                client.sendEvent("hello", Json.write(s.hello()));
                long seen = 0;
                while (!client.terminated()) {
                    Board.Frame f = s.board().await(seen, HEARTBEAT_MILLIS);
                    if (f.version() > seen && f.json() != null) {
                        client.sendEvent("frame", f.json());
                        seen = f.version();
                    } else {
                        client.sendComment("alive");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // The viewer went away mid-send.
            } finally {
                client.close();
            }
        });
    }

    private static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    /** The Host headers a browser sends for this server; none to check when bound to every interface. */
    private static Set<String> hostNames(String host, int port) {
        if (isWildcard(host)) return Set.of();
        Set<String> names = new HashSet<>(List.of(host + ":" + port));
        if (isLoopback(host)) names.addAll(List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port));
        return names;
    }
}
