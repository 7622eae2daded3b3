package io.gan4j;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The layering of README's project layout, as rules that fail the build: {@code tensor} ← {@code autograd} ←
 * {@code nn} ← {@code optim}, {@code loss} ← {@code train} ← {@code io}, {@code viz}, {@code web} ← {@code cli};
 * {@code data} sees only {@code tensor}; {@code bench} (benchmark harnesses) sits beside {@code io} and sees the
 * engine. Main classes only.
 */
@AnalyzeClasses(packages = "io.gan4j", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The kernel classes that the layer right above them (the tensor facade, autograd ops, benchmarks) may call. */
    private static final Set<String> KERNEL_ENTRIES = Set.of(
            "gemm.Gemm", "gemm.Epilogue", "conv.Conv2d", "conv.ConvGeometry", "conv.ConvGemm",
            "parallel.Parallel", "parallel.ElementRanges",
            "elementwise.Elementwise", "elementwise.Activations", "elementwise.FastMath", "elementwise.Compare",
            "elementwise.Reduce", "elementwise.Slices", "elementwise.Permute", "elementwise.Gather");

    @ArchTest
    static final ArchRule aLowerLayerNeverImportsAHigherOne = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("tensor").definedBy("io.gan4j.tensor..")
            .layer("autograd").definedBy("io.gan4j.autograd..")
            .layer("nn").definedBy("io.gan4j.nn..")
            .layer("optim").definedBy("io.gan4j.optim..")
            .layer("loss").definedBy("io.gan4j.loss..")
            .layer("data").definedBy("io.gan4j.data..")
            .layer("train").definedBy("io.gan4j.train..")
            .layer("io").definedBy("io.gan4j.io..")
            .layer("viz").definedBy("io.gan4j.viz..")
            .layer("web").definedBy("io.gan4j.web..")
            .layer("bench").definedBy("io.gan4j.bench..")
            .layer("cli").definedBy("io.gan4j.cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("io").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("viz").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("train").mayOnlyBeAccessedByLayers("io", "viz", "web", "cli")
            .whereLayer("optim").mayOnlyBeAccessedByLayers("train", "io", "viz", "web", "cli")
            .whereLayer("loss").mayOnlyBeAccessedByLayers("train", "io", "viz", "web", "cli")
            .whereLayer("data").mayOnlyBeAccessedByLayers("train", "io", "viz", "web", "cli")
            .whereLayer("nn").mayOnlyBeAccessedByLayers("optim", "loss", "train", "io", "viz", "web", "bench", "cli")
            .whereLayer("autograd").mayOnlyBeAccessedByLayers("nn", "optim", "loss", "train", "io", "viz", "web", "bench", "cli");

    @ArchTest
    static final ArchRule dataSeesOnlyTensor = noClasses().that().resideInAPackage("io.gan4j.data..")
            .should().dependOnClassesThat(resideInAPackage("io.gan4j..")
                    .and(resideOutsideOfPackage("io.gan4j.data.."))
                    .and(resideOutsideOfPackage("io.gan4j.tensor..")));

    @ArchTest
    static final ArchRule onlyTheCommandLineCallsSystemExit = noClasses().that().resideOutsideOfPackage("io.gan4j.cli..")
            .should().callMethod(System.class, "exit", int.class);

    @ArchTest
    static final ArchRule onlyTheWebPackageImportsJavalin = noClasses().that().resideOutsideOfPackage("io.gan4j.web..")
            .should().dependOnClassesThat().resideInAPackage("io.javalin..");

    @ArchTest
    static final ArchRule onlyTheTensorFacadeAutogradAndBenchmarksUseKernels = noClasses()
            .that(not(resideInAnyPackage("io.gan4j.tensor..", "io.gan4j.autograd..", "io.gan4j.bench..")))
            .should().dependOnClassesThat().resideInAPackage("io.gan4j.tensor.kernel..");

    @ArchTest
    static final ArchRule noClassOutsideTheKernelsUsesTheirInternals = noClasses().that().resideOutsideOfPackage("io.gan4j.tensor.kernel..")
            .should().dependOnClassesThat(kernelInternals());

    private static DescribedPredicate<JavaClass> kernelInternals() {
        String prefix = "io.gan4j.tensor.kernel.";
        return DescribedPredicate.describe("kernel internals (not one of " + KERNEL_ENTRIES + ")", c -> {
            String name = c.getName();
            if (!name.startsWith(prefix)) return false;
            String outer = name.substring(prefix.length()).replaceFirst("\\$.*", "");
            return !KERNEL_ENTRIES.contains(outer);
        });
    }
}
