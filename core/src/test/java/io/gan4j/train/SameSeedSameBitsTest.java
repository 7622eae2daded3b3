package io.gan4j.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.autograd.Variable;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.RunConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Same seed, same bits — also between interpreted and JIT-compiled code, which a test inside one
 * warmed-up JVM cannot see: the hash of a short run here is compared with one computed by a
 * fresh JVM running everything in the interpreter.
 */
class SameSeedSameBitsTest {
    private static final List<String> TINY = List.of("generator.hidden=8,8", "discriminator.hidden=8,8", "train.batchSize=16");

    /** Trains a tiny WGAN-GP (sums, penalty, transcendental ops) and hashes every parameter's bits. */
    static long trainedHash(int iterations) {
        RunConfig config = ConfigLoader.preset("wgan-gp-ring", TINY);
        GanFactory.Setup setup = GanFactory.build(config);
        new Trainer(setup.gan(), config.seed(), iterations, List.of()).run();
        long h = 1125899906842597L;
        for (var net : List.of(setup.gan().generator(), setup.gan().discriminator())) {
            for (Variable p : net.parameters()) for (float v : p.value().data()) h = 31 * h + Float.floatToRawIntBits(v);
        }
        return h;
    }

    @Test
    void sameSeedGivesTheSameBitsInterpretedAndCompiled() throws IOException, InterruptedException {
        long first = trainedHash(25);
        for (int i = 0; i < 3; i++) trainedHash(25);
        long warm = trainedHash(25);
        assertThat(warm).isEqualTo(first);
        assertThat(interpretedHash(25)).isEqualTo(first);
    }

    private static long interpretedHash(int iterations) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xint", "--add-modules", "jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), TrainingHashChildJvm.class.getName(), Integer.toString(iterations)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        String[] lines = out.strip().split("\n");
        return Long.parseLong(lines[lines.length - 1].strip());
    }
}
