package io.gan4j.io;

import io.gan4j.data.Labelled;
import io.gan4j.train.DataColumns;
import io.gan4j.train.GanFactory;
import io.gan4j.train.Outcome;
import io.gan4j.train.RunFolder;
import io.gan4j.train.Samples;
import io.gan4j.train.TrainingContext;
import io.gan4j.train.TrainingListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trained model's files: {@code model.json} at the start; at the end (unless training
 * diverged, which would leave non-finite weights) {@code generator.safetensors} and
 * {@code discriminator.safetensors} with metadata, {@code optimizers.safetensors}, and
 * {@code samples.csv} with generated examples in the data's units ({@code samples.npy} for images).
 */
public final class ModelFilesListener implements TrainingListener {

    private final RunFolder folder;
    private final GanFactory.Setup setup;
    private final Map<String, String> metadata;
    private final String version;

    /** @param metadata stored in both networks' files, with the iteration added (e.g. config, version, seed) */
    public ModelFilesListener(RunFolder folder, GanFactory.Setup setup, Map<String, String> metadata, String version) {
        this.folder = folder;
        this.setup = setup;
        this.metadata = Map.copyOf(metadata);
        this.version = version;
    }

    @Override
    public void onStart(TrainingContext context) {
        try {
            Json.write(folder.file(RunFolder.MODEL), ModelJson.of(setup, version));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.file(RunFolder.MODEL), e);
        }
    }

    @Override
    public void onEnd(TrainingContext context, Outcome outcome) {
        if (!outcome.networksUsable()) return;
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        meta.put("iteration", Integer.toString(context.iteration()));
        var gan = context.gan();
        try {
            Checkpoints.saveModule(folder.file(RunFolder.GENERATOR), gan.generator(), meta);
            Checkpoints.saveModule(folder.file(RunFolder.DISCRIMINATOR), gan.discriminator(), meta);
            Checkpoints.saveOptimizers(folder.file(RunFolder.OPTIMIZERS), gan.generatorOptimizer(), gan.discriminatorOptimizer());
            int n = setup.config().output().samples();
            if (setup.config().data().holdsImages()) {
                Npy.write(folder.file(RunFolder.SAMPLES_NPY), Samples.examples(setup, n, context.seed(), Samples.STREAM));
            } else if (gan.isConditional()) {
                Labelled rows = Samples.labelled(setup, n, null, context.seed(), Samples.STREAM);
                SamplesCsv.write(folder.file(RunFolder.SAMPLES), DataColumns.of(setup.data()), rows.examples(), names(rows.labels(), gan.classNames()));
            } else {
                SamplesCsv.write(folder.file(RunFolder.SAMPLES), DataColumns.of(setup.data()),
                        Samples.inDataUnits(setup, n, context.seed(), Samples.STREAM));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the final model in " + folder.dir(), e);
        }
    }

    /** Each label's class name. */
    public static List<String> names(int[] labels, List<String> classNames) {
        return Arrays.stream(labels).mapToObj(classNames::get).toList();
    }
}
