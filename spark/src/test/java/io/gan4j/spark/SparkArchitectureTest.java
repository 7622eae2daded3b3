package io.gan4j.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The spark module sits on top of the core: its library ({@code io.gan4j.spark}) uses the core's Java faces (the
 * {@code cli.Runs} and {@code cli.SavedRun} records among them) and never its own command line; only
 * {@code spark.cli} reads arguments or calls System.exit.
 */
@AnalyzeClasses(packages = "io.gan4j.spark", importOptions = ImportOption.DoNotIncludeTests.class)
class SparkArchitectureTest {
    @ArchTest
    static final ArchRule theLibraryNeverUsesTheCommandLine = noClasses().that().resideInAPackage("io.gan4j.spark")
            .should().dependOnClassesThat().resideInAPackage("io.gan4j.spark.cli");

    @ArchTest
    static final ArchRule onlyTheCommandLineExits = noClasses().that().resideOutsideOfPackage("io.gan4j.spark.cli")
            .should().callMethod(System.class, "exit", int.class);

    @ArchTest
    static final ArchRule theLibraryReadsNoPicocli = noClasses().that().resideInAPackage("io.gan4j.spark")
            .should().dependOnClassesThat().resideInAPackage("picocli..");
}
