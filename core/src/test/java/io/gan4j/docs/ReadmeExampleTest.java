package io.gan4j.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.data.QuadraticData;
import io.gan4j.loss.LeastSquares;
import io.gan4j.nn.Activations;
import io.gan4j.nn.Mlp;
import io.gan4j.nn.Module;
import io.gan4j.optim.Adam;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.Gan;
import io.gan4j.train.GanSettings;
import io.gan4j.train.LatentSampler;
import io.gan4j.train.Outcome;
import io.gan4j.train.StandardizedData;
import io.gan4j.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java example of README.md, verbatim between the markers, so it keeps compiling and running. */
class ReadmeExampleTest {
    @Test
    void simpleGanExampleRuns() {
        int iterations = 20; // README: 5000
        // README example start
        Rng rng = new Rng(42);
        StandardizedData data = StandardizedData.fit(new QuadraticData(10, -3, 3, 0), 42); // y = 10 + x², networks see z-scores
        Module generator = Mlp.builder(5, 2).hidden(List.of(128, 128)).activation(() -> Activations.leakyRelu(0.2)).build(rng.split());
        Module discriminator = Mlp.builder(2, 1).hidden(List.of(128, 128)).activation(() -> Activations.leakyRelu(0.2)).build(rng.split());
        Adam.Settings adam = new Adam.Settings(0.005f, 0.5f, 0.999f, 1e-8f, 0f);

        // Simple_GAN(generator, discriminator, latent_generator, real_examples, batch_size=200, disc_iter=2, learning_rate=0.005)
        Gan gan = Gan.builder()
                .generator(generator)
                .discriminator(discriminator)
                .latent(LatentSampler.normal(5))
                .realData(data)
                .objective(new LeastSquares(1f, -1f, 1f)) // D: real → 1, fake → −1; G aims at 1
                .optimizers(new Adam(generator.namedParameters(), adam), new Adam(discriminator.namedParameters(), adam))
                .settings(new GanSettings(200, 2, false))
                .build();

        Outcome outcome = new Trainer(gan, 42, iterations, List.of()).run();
        Tensor points = data.toData(gan.sample(1000, new Rng(7))); // [1000, 2], back in the data's units
        // README example end
        assertThat(outcome.status()).isEqualTo(Outcome.Status.COMPLETED);
        assertThat(points.shape()).containsExactly(1000, 2);
        assertThat(points.hasNonFinite()).isFalse();
    }

    @Test
    void readmeHoldsThisExample() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/gan4j/docs/ReadmeExampleTest.java"));
        String example = source.substring(source.indexOf("// README example start\n") + "// README example start\n".length(),
                source.indexOf("        // README example end"));
        String readme = Files.readString(Path.of("../README.md"));
        String unindented = example.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .map(l -> l.replace("iterations, List.of()", "5000, List.of()"))
                .reduce("", (a, b) -> a + b + "\n");
        assertThat(readme).contains(unindented);
    }
}
