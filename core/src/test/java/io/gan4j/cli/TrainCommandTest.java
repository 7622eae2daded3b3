package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gan4j.io.SafeTensors;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One tiny {@code gan4j train} run, then what its folder holds and what sample and eval make of it. */
class TrainCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path parent;

    static Cli train;
    static Path run;

    @BeforeAll
    static void trainOnce() {
        train = Cli.trainTiny(parent);
        assertThat(train.exit()).as(train.err()).isZero();
        run = train.runFolder();
    }

    @Test
    void lastLineNamesTheNewRunFolder() {
        assertThat(run.getParent()).isEqualTo(parent);
        assertThat(run.getFileName().toString()).matches("\\d{8}-\\d{6}-quadratic");
        assertThat(train.out()).contains("generator      MLP 5 → 16 → 16 → 2, leaky_relu: 402 parameters", "objective      bce",
                "completed 60 iterations", "metrics:", "energy_distance");
        assertThat(train.err()).isEmpty();
    }

    @Test
    void runFolderHoldsEveryFile() {
        assertThat(run.resolve("config.yaml")).content().contains("name: quadratic", "seed: 42", "iterations: 60");
        for (String f : List.of("losses.csv", "losses.png", "training.gif", "model.json", "samples.csv", "metrics.json",
                "generator.safetensors", "discriminator.safetensors", "optimizers.safetensors",
                "scatter-20.png", "scatter-40.png", "scatter-60.png",
                "checkpoints/checkpoint-00000030.safetensors", "checkpoints/checkpoint-00000060.safetensors")) {
            assertThat(run.resolve(f)).as(f).isRegularFile();
        }
        assertThat(run.resolve("frames")).isDirectoryContaining("glob:**/frame-00.png").isDirectoryContaining("glob:**/frame-60.png");
        try (var files = Files.list(run)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void picturesAreReadable() throws IOException {
        BufferedImage scatter = ImageIO.read(run.resolve("scatter-60.png").toFile());
        assertThat(scatter.getWidth()).isEqualTo(640);
        assertThat(ImageIO.read(run.resolve("losses.png").toFile()).getWidth()).isEqualTo(720);
        assertThat(gifFrames(run.resolve("training.gif"))).isEqualTo(7); // iterations 0, 10, ..., 60
    }

    @Test
    void lossesCsvHasARowEveryLogInterval() throws IOException {
        List<String> lines = Files.readAllLines(run.resolve("losses.csv"));
        assertThat(lines.get(0)).isEqualTo("iteration,d_loss,g_loss,d_real,d_fake,penalty,lr_g,lr_d");
        assertThat(lines).hasSize(1 + 12);
        assertThat(lines.get(1)).startsWith("5,");
        assertThat(lines.get(12)).startsWith("60,").endsWith(",0.001,0.001");
        String[] cells = lines.get(12).split(",");
        assertThat(Double.parseDouble(cells[1])).isBetween(0.5, 3.0); // BCE D loss near 2 ln 2
    }

    @Test
    void metricsJsonHasFiguresAndProvenance() throws IOException {
        JsonNode m = JSON.readTree(run.resolve("metrics.json").toFile());
        assertThat(m.get("status").asText()).isEqualTo("completed");
        assertThat(m.get("iterations").asInt()).isEqualTo(60);
        assertThat(m.get("seed").asLong()).isEqualTo(42);
        for (String k : List.of("wall_seconds", "iterations_per_second", "java", "os", "gan4j_version")) assertThat(m.has(k)).as(k).isTrue();
        JsonNode metrics = m.get("metrics");
        assertThat(metrics.get("residual_share").asDouble()).isPositive();
        assertThat(metrics.get("x_coverage").asDouble()).isBetween(0.0, 1.0);
        assertThat(metrics.get("energy_distance").asDouble()).isPositive();
    }

    @Test
    void modelJsonDescribesTheNetworksAndTheStandardizer() throws IOException {
        JsonNode m = JSON.readTree(run.resolve("model.json").toFile());
        assertThat(m.get("generator").get("parameters").asLong()).isEqualTo(402);
        assertThat(m.get("generator").get("layers").get(1).asText()).contains("Linear(5 → 16)");
        assertThat(m.get("latent").get("size").asInt()).isEqualTo(5);
        assertThat(m.get("data").get("columns").toString()).isEqualTo("[\"x\",\"y\"]");
        assertThat(m.get("standardizer").get("mean").get(1).asDouble()).isBetween(12.5, 13.5); // mean of 10 + x², x ~ U(-3, 3)
    }

    @Test
    void networkFilesCarryMetadata() throws IOException {
        var meta = SafeTensors.read(run.resolve("generator.safetensors")).metadata();
        assertThat(meta).containsEntry("iteration", "60").containsEntry("seed", "42").containsKey("gan4j_version");
        assertThat(meta.get("config")).contains("name: quadratic");
    }

    @Test
    void samplesCsvIsInDataUnitsAndSampleReproducesIt() throws IOException {
        List<String> lines = Files.readAllLines(run.resolve("samples.csv"));
        assertThat(lines.get(0)).isEqualTo("x,y");
        assertThat(lines).hasSize(1 + 400);
        double meanY = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[1])).average().orElseThrow();
        assertThat(meanY).as("y of 10 + x², not standardised").isGreaterThan(8);

        Cli sample = Cli.run("sample", "--run", run.toString(), "-n", "400");
        assertThat(sample.exit()).as(sample.err()).isZero();
        assertThat(sample.outLines()).isEqualTo(lines);
    }

    @Test
    void sampleWritesNRowsToAFile() throws IOException {
        Path csv = parent.resolve("more.csv");
        Cli sample = Cli.run("sample", "--run", run.toString(), "-n", "25", "--seed", "7", "--out", csv.toString());
        assertThat(sample.exit()).as(sample.err()).isZero();
        assertThat(sample.out()).isEmpty();
        assertThat(Files.readAllLines(csv)).hasSize(1 + 25).first().isEqualTo("x,y");
    }

    @Test
    void evalRecomputesTheMetricsOfTheEndOfTraining() throws IOException {
        Cli eval = Cli.run("eval", "--run", run.toString(), "--json");
        assertThat(eval.exit()).as(eval.err()).isZero();
        JsonNode printed = JSON.readTree(eval.out());
        JsonNode saved = JSON.readTree(run.resolve("metrics.json").toFile());
        assertThat(printed.get("metrics")).isEqualTo(saved.get("metrics"));
        assertThat(printed.get("iteration").asInt()).isEqualTo(60);

        Cli table = Cli.run("eval", "--run", run.toString());
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("residual_share", "x_coverage", "energy_distance", "iteration 60");
    }

    private static int gifFrames(Path gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            reader.dispose();
            return n;
        }
    }
}
