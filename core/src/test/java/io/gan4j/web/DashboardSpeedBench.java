package io.gan4j.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A benchmark, not a test of speed: the quadratic preset trained by {@code ./gan4j train} and by {@code ./gan4j serve}
 * with one browser (headless chromium on the same machine) drawing every frame, each in a fresh JVM from
 * target/gan4j.jar, {@code gan4j.bench.rounds} rounds of one each (default 4, the order alternating), and the medians
 * compared.
 * Run with {@code ./mvnw package -DskipTests} then {@code ./mvnw test -Dtest=DashboardSpeedBench -Dgan4j.bench=dashboard-speed};
 * the report goes to target/dashboard-speed.txt.
 */
@EnabledIfSystemProperty(named = "gan4j.bench", matches = "dashboard-speed")
class DashboardSpeedBench {
    private static final int ROUNDS = Integer.getInteger("gan4j.bench.rounds", 4);
    private static final Pattern SPEED = Pattern.compile("\"iterations_per_second\" : ([0-9.]+)");

    @Test
    void commandLineAgainstTheDashboard(@TempDir Path dir) throws Exception {
        List<String> report = new ArrayList<>();
        List<Double> cliSpeeds = new ArrayList<>(), dashboardSpeeds = new ArrayList<>();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1500,1000");
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                // Odd rounds run the command line first, even rounds the dashboard: the host's speed drifts over
                // minutes, and alternating the order cancels a steady drift instead of favouring one side.
                boolean commandLineFirst = round % 2 == 1;
                double cli = commandLineFirst ? commandLine(dir.resolve("cli" + round)) : 0;
                double[] dashboard = dashboard(driver, dir, round);
                if (!commandLineFirst) cli = commandLine(dir.resolve("cli" + round));
                cliSpeeds.add(cli);
                dashboardSpeeds.add(dashboard[0]);
                report.add(String.format(Locale.ROOT, "round %d (%s first): command line %.1f it/s, dashboard %.1f it/s (%.1f%%), the browser received %.1f frames/s",
                        round, commandLineFirst ? "command line" : "dashboard", cli, dashboard[0], 100 * dashboard[0] / cli, dashboard[1]));
            }
        } finally {
            driver.quit();
        }
        double cli = median(cliSpeeds), dashboard = median(dashboardSpeeds);
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) ratios.add(100 * dashboardSpeeds.get(i) / cliSpeeds.get(i));
        report.add(String.format(Locale.ROOT, "medians: command line %.1f it/s, dashboard %.1f it/s: %.1f%%; median of the rounds' ratios %.1f%%",
                cli, dashboard, 100 * dashboard / cli, median(ratios)));
        Files.write(Path.of("target/dashboard-speed.txt"), report);
        report.forEach(System.out::println);
        assertThat(report).hasSize(ROUNDS + 1);
        assertThat(ratios).allMatch(r -> r > 0);
    }

    /** One dashboard run in a fresh server: its it/s and the frames per second the browser received. */
    private static double[] dashboard(ChromeDriver driver, Path dir, int round) throws Exception {
        int port = 18500 + round;
        Process server = new ProcessBuilder("../gan4j", "serve", "--port", Integer.toString(port), "--out", dir.resolve("dashboard").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
        try {
            String base = "http://127.0.0.1:" + port;
            waitUntilUp(base);
            driver.get(base + "/");
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElement(By.name("train.iterations")).getAttribute("value").isEmpty());
            driver.findElement(By.id("start")).click();
            new WebDriverWait(driver, Duration.ofMinutes(10)).until(d -> d.findElement(By.id("status")).getText().startsWith("completed"));
            @SuppressWarnings("unchecked")
            Map<String, Object> frames = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                    "return {n: window.gan4j.frames, ms: window.gan4j.lastFrameAt - window.gan4j.firstFrameAt}");
            // Frames after the first over the time between the first and the last.
            double fps = (((Number) frames.get("n")).doubleValue() - 1) / (((Number) frames.get("ms")).doubleValue() / 1000);
            Path folder = Path.of(driver.findElement(By.id("folder")).getText());
            return new double[] {speed(folder.resolve("metrics.json")), fps};
        } finally {
            driver.get("about:blank");
            server.toHandle().descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor();
        }
    }

    private static double commandLine(Path out) throws Exception {
        Process p = new ProcessBuilder("../gan4j", "train", "quadratic", "--out", out.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor()).isZero();
        try (var runs = Files.list(out)) {
            return speed(runs.findFirst().orElseThrow().resolve("metrics.json"));
        }
    }

    private static void waitUntilUp(String base) throws InterruptedException {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 120; i++) {
            try {
                http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/options")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
                return;
            } catch (java.io.IOException e) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("the server did not start");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double speed(Path metrics) throws Exception {
        Matcher m = SPEED.matcher(Files.readString(metrics));
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
