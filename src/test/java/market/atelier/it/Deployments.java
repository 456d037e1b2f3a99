package market.atelier.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Test deployments are the real WAR the build produced, plus the test classes that run inside it. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive atelier(Class<?>... testClasses) {
        File war = new File(System.getProperty("atelier.war", "target/atelier.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "atelier.war").importFrom(war).as(WebArchive.class);
        archive.addClass(Deployments.class);
        archive.addClasses(testClasses);
        if (java.util.Arrays.asList(testClasses).contains(FixtureServlet.class)) {
            archive.addClasses(AsShopper.class, AsShopper.ThrowingRunnable.class); // the servlet buys as a shopper
        }
        return archive;
    }
}
