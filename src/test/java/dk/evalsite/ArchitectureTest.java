package dk.evalsite;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Holds the pipeline's arrows: one stage per package, dependencies one way. */
class ArchitectureTest {
  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dk.evalsite");

  @Test
  void packagesHaveNoCycles() {
    slices().matching("dk.evalsite.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void scoringIsPure() {
    noClasses()
        .that()
        .resideInAPackage("..scoring..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.io..",
            "java.nio..",
            "freemarker..",
            "..render..",
            "..site..",
            "..cli..",
            "..content..")
        .check(CLASSES);
  }

  @Test
  void diagnosticsDependOnNothingElseOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("..diag..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dk.evalsite.yaml..",
            "dk.evalsite.config..",
            "dk.evalsite.content..",
            "dk.evalsite.data..",
            "dk.evalsite.validate..",
            "dk.evalsite.scoring..",
            "dk.evalsite.render..",
            "dk.evalsite.site..",
            "dk.evalsite.cli..")
        .check(CLASSES);
  }

  @Test
  void onlyTheSitePackageWritesFiles() {
    noClasses()
        .that()
        .resideOutsideOfPackages("..site..")
        .should()
        .callMethod(
            java.nio.file.Files.class,
            "write",
            java.nio.file.Path.class,
            byte[].class,
            java.nio.file.OpenOption[].class)
        .check(CLASSES);
  }

  @Test
  void incrementalBuildingKnowsNothingOfWhatAPageLooksLike() {
    noClasses()
        .that()
        .resideInAPackage("dk.evalsite.incremental..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dk.evalsite.site..",
            "dk.evalsite.render..",
            "dk.evalsite.content..",
            "dk.evalsite.data..",
            "dk.evalsite.scoring..",
            "dk.evalsite.charts..")
        .check(CLASSES);
  }

  /** The pipeline asks the unit cache "still good?" and never knows where its entries live. */
  @Test
  void onlyTheBuildersChooseTheCachesBacking() {
    noClasses()
        .that()
        .resideInAPackage("dk.evalsite.site..")
        .and()
        .doNotHaveSimpleName("SiteBuilder")
        .and()
        .doNotHaveSimpleName("Rebuilds")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Backing")
        .check(CLASSES);
  }

  @Test
  void onlyMainExits() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("dk.evalsite.cli.Main")
        .should()
        .callMethod(System.class, "exit", int.class)
        .check(CLASSES);
  }
}
