package io.gan4j.cli;

import io.gan4j.web.DashboardServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gan4j serve}: the live dashboard in a browser; every session trains into a run folder under --out. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Serve the live dashboard: pick data and settings, press play, watch and steer the GAN as it trains."
            + " Each session is a run folder under --out that 'gan4j train --resume', 'sample' and 'eval' understand.",
        footer = {"", "Examples:", "  gan4j serve", "  gan4j serve --port 9000 --out experiments"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs", description = "Parent folder of the sessions' run folders (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ThreadsOption threads;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter w = spec.commandLine().getOut();
        if (port < 0 || port > 65535) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535, got " + port);
        DashboardServer server = new DashboardServer(host, port, out, new RunLauncher(out)).start();
        if (!DashboardServer.isLoopback(host)) {
            spec.commandLine().getErr().println("gan4j serve: warning: listening on " + host + ": anyone who can reach this machine can train"
                    + " on it and read the sessions; there is no login");
            spec.commandLine().getErr().flush();
        }
        w.println("gan4j serve: open " + server.url() + "  (run folders under " + out + "; Ctrl-C stops, each session's files complete)");
        w.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
