package io.gan4j.web;

import io.gan4j.train.GanFactory;
import io.gan4j.train.RunFolder;
import io.gan4j.train.config.RunConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboard's sessions: a bounded number training at once, the most recent ended ones kept for viewing. */
final class Sessions {
    private final Launcher launcher;
    private final Limits limits;
    private final Map<String, Session> byId = new LinkedHashMap<>();
    private int next = 1;

    Sessions(Launcher launcher, Limits limits) {
        this.launcher = launcher;
        this.limits = limits;
    }

    /** Builds the networks, makes the run folder and starts training (paused before the first step if asked); a 429 when enough sessions are training. */
    Session start(RunConfig config, boolean paused) throws IOException {
        synchronized (this) {
            if (running() >= limits.maxRunningSessions()) {
                throw WebException.tooMany("already " + running() + " sessions training (at most " + limits.maxRunningSessions()
                        + " at once on this server): stop one first");
            }
        }
        GanFactory.Setup setup = GanFactory.build(config);
        RunFolder folder = launcher.create(config);
        Session session;
        synchronized (this) {
            session = new Session("s" + next++, setup, folder, paused);
            byId.put(session.id(), session);
            forgetOldEnded();
        }
        session.start(launcher, () -> {});
        return session;
    }

    synchronized Session get(String id) {
        Session s = byId.get(id);
        if (s == null) throw WebException.notFound("no session '" + id + "' (sessions: " + String.join(", ", byId.keySet()) + ")");
        return s;
    }

    synchronized List<Map<String, Object>> summaries() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Session s : byId.values()) out.add(s.summary());
        return out;
    }

    synchronized List<Session> all() {
        return List.copyOf(byId.values());
    }

    private int running() {
        return (int) byId.values().stream().filter(s -> !s.ended()).count();
    }

    private void forgetOldEnded() {
        List<String> ended = byId.values().stream().filter(Session::ended).map(Session::id).toList();
        for (int i = 0; i < ended.size() - limits.maxKeptSessions(); i++) byId.remove(ended.get(i));
    }
}
