package market.atelier.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments are the real WAR the build produced, plus every compiled test class (fixture servlets, the
 * {@code As…} beans, the in-server test classes). Every call gives the same archive, so {@link KeptDeployment}
 * deploys it once for all test classes: write {@code @Deployment static WebArchive deployment() { return
 * Deployments.atelier(MyIT.class); }} (testable, the default; client-side classes add {@code @RunAsClient}). A class
 * that needs an application of its own (a redeploy, a changed server) deploys it itself with
 * {@code @Deployment(managed = false)} and the {@code Deployer}, as {@link RedeployIT} does.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The test WAR; the classes named are in it (as is every other test class): they document what the test uses. */
    public static WebArchive atelier(Class<?>... testClasses) {
        File war = new File(System.getProperty("atelier.war", "target/atelier.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "atelier.war").importFrom(war).as(WebArchive.class);
        Path classes = Path.of(System.getProperty("atelier.test.classes", "target/test-classes"));
        try (Stream<Path> files = Files.walk(classes)) {
            List<Path> compiled = files.filter(file -> file.toString().endsWith(".class")).toList();
            for (Path file : compiled) {
                archive.addAsWebInfResource(file.toFile(), "classes/" + classes.relativize(file).toString()
                        .replace(File.separatorChar, '/'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        archive.addClasses(testClasses);
        return archive;
    }
}
