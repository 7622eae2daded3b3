package io.gan4j.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser (Debian's chromium, headless, through chromium-driver): it loads
 * cleanly, starts a session, draws it moving, pauses, takes a learning-rate change, shows a bad
 * value's message, trains a typed formula, and lets a second tab join.
 */
class DashboardBrowserTest {
    private static final String CHROMIUM = "/usr/bin/chromium", DRIVER = "/usr/bin/chromedriver";

    @TempDir
    static Path out;
    static TestServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        assumeTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
                "browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER + "); .ci/run installs them");
        server = new TestServer(out);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1500,1000");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build(), options);
    }

    @AfterEach
    void stopSessions() {
        for (Session s : server.server.sessions().all()) {
            if (!s.ended()) s.controls().send(Controls.Command.STOP);
        }
        for (Session s : server.server.sessions().all()) {
            try {
                s.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @Test
    void thePageLoadsWithoutAConsoleError() {
        open();
        assertThat(new Select(driver.findElement(By.id("preset"))).getOptions()).hasSizeGreaterThan(5);
        assertThat(field("generatorOptimizer.lr").getAttribute("value")).isEqualTo("0.001");
        assertThat(severe()).isEmpty();
    }

    @Test
    void aSessionStartsFromThePageItsScatterMovesAndPauseStopsTheCounter() throws Exception {
        open();
        set("train.iterations", "1000000");
        set("latent.size", "2");
        driver.findElement(By.id("start")).click();
        waitFor(d -> iteration() > 200);
        BufferedImage before = scatter();
        Thread.sleep(800);
        BufferedImage after = scatter();
        assertThat(differingPixels(before, after)).as("pixels that changed between two screenshots").isGreaterThan(100);

        String screenshot = System.getProperty("gan4j.screenshot");
        if (screenshot != null) {
            waitFor(d -> iteration() > 8000);
            js("window.scrollTo(0, 0)");
            Files.write(Path.of(screenshot), driver.getScreenshotAs(OutputType.BYTES));
        }

        driver.findElement(By.id("play")).click();
        waitFor(d -> driver.findElement(By.id("status")).getText().startsWith("paused"));
        long paused = iteration();
        Thread.sleep(1500);
        assertThat(iteration()).isEqualTo(paused);
        driver.findElement(By.id("step")).click();
        waitFor(d -> iteration() == paused + 1);
        assertThat(severe()).isEmpty();
    }

    @Test
    void aLearningRateChangeShowsInTheStreamAndTheRunFolderAndABadValueShowsItsMessage() throws Exception {
        open();
        set("train.iterations", "1000000");
        driver.findElement(By.id("start")).click();
        waitFor(d -> iteration() > 10);
        WebElement lr = waitFor(d -> d.findElement(By.cssSelector("#steer-fields input[data-key='discriminatorOptimizer.lr']")));
        retype(lr, "0.0003");
        waitFor(d -> "0.0003".equals(js("return window.gan4j.frame.settings['discriminatorOptimizer.lr']")));
        Path folder = Path.of(driver.findElement(By.id("folder")).getText());
        waitFor(d -> Files.exists(folder.resolve("steering.csv")));
        assertThat(Files.readString(folder.resolve("steering.csv"))).contains(",discriminatorOptimizer.lr,0.0003");

        WebElement critic = driver.findElement(By.cssSelector("#steer-fields input[data-key='train.criticSteps']"));
        retype(critic, "0");
        waitFor(d -> critic.findElement(By.xpath("following-sibling::div")).getText().equals("train.criticSteps must be at least 1, got 0"));

        set("train.batchSize", "-3");
        driver.findElement(By.id("start")).click();
        WebElement note = waitFor(d -> d.findElement(By.cssSelector(".field-error[data-for='train.batchSize']")));
        assertThat(note.getText()).isEqualTo("train.batchSize must be at least 1, got -3");
        assertThat(field("train.batchSize").getAttribute("class")).contains("invalid");
    }

    @Test
    void aTypedFormulaShowsWhereItIsWrongThenTrains() throws Exception {
        open();
        new Select(field("data.kind")).selectByVisibleText("formula");
        WebElement formula = field("data.formula");
        formula.clear();
        formula.sendKeys("sin(3*x) +");
        waitFor(d -> driver.findElement(By.id("formula-error")).getText().contains("^"));
        formula.sendKeys(" x/2");
        waitFor(d -> driver.findElement(By.id("formula-error")).getText().isEmpty());
        set("train.iterations", "1000000");
        driver.findElement(By.id("start")).click();
        waitFor(d -> iteration() > 100);
        Path folder = Path.of(driver.findElement(By.id("folder")).getText());
        assertThat(Files.readString(folder.resolve("config.yaml"))).contains("formula: sin(3*x) + x/2");
    }

    @Test
    void aSecondTabJoinsTheRunningSession() {
        open();
        set("train.iterations", "1000000");
        driver.findElement(By.id("start")).click();
        waitFor(d -> iteration() > 10);
        String first = driver.getWindowHandle();
        String folder = driver.findElement(By.id("folder")).getText();
        driver.switchTo().newWindow(WindowType.TAB);
        try {
            open();
            waitFor(d -> !driver.findElement(By.id("folder")).getText().isEmpty());
            assertThat(driver.findElement(By.id("folder")).getText()).isEqualTo(folder);
            long joined = waitFor(d -> iteration() > 0 ? iteration() : null);
            waitFor(d -> iteration() > joined);
            assertThat(js("return window.gan4j.loss[0].length")).isNotEqualTo(0L);
        } finally {
            driver.close();
            driver.switchTo().window(first);
        }
    }

    private static void open() {
        driver.get(server.base() + "/");
        waitFor(d -> !new Select(d.findElement(By.id("preset"))).getOptions().isEmpty()
                && !field("train.iterations").getAttribute("value").isEmpty());
    }

    private static WebElement field(String name) {
        return driver.findElement(By.name(name));
    }

    private static void set(String name, String value) {
        WebElement e = field(name);
        e.clear();
        e.sendKeys(value);
    }

    /** As a person does: into the field, select what is there, type over it, leave the field. */
    private static void retype(WebElement input, String value) {
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    private static long iteration() {
        String text = driver.findElement(By.id("iteration")).getText(); // "iteration 1,234 of 50,000"
        String[] words = text.split(" ");
        return words.length < 2 ? 0 : Long.parseLong(words[1].replace(",", ""));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static BufferedImage scatter() throws IOException {
        return ImageIO.read(new ByteArrayInputStream(driver.findElement(By.id("scatter")).getScreenshotAs(OutputType.BYTES)));
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
        }
        return n;
    }

    private static List<String> severe() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    private static <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(RuntimeException.class).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the page did not get there in 30 s; it shows: status '" + text("status") + "', '" + text("iteration")
                    + "', form error '" + text("form-error") + "', steering notes '" + js("return [...document.querySelectorAll('#steer-fields .error')]"
                    + ".map(e => e.textContent).filter(t => t).join(' | ')") + "', control error '" + text("control-error") + "'; console: " + severe(), e);
        }
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }
}
