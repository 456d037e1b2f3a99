package market.atelier.it;

import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.DeploymentContext;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys an application once for all the test classes that ask for the same one (an Arquillian extension, registered
 * in {@code META-INF/services}). Arquillian deploys each test class's {@code @Deployment} before the class and
 * undeploys it after; deploying the whole WAR costs seconds each time. Here a managed deployment whose archive is the
 * one already on the server (same name, same entries, both testable or both not) is not deployed again: the class is
 * handed the running one. It stays until a class needs another application, or a manual ({@code managed = false})
 * deployment comes, or the server stops: then it is undeployed first, so one application is on the server at a time
 * (they share the context root). Test classes therefore share the application's memory (caches, throttles, the search
 * index) as well as its database: they create their own data with unique names and never assume a fresh start.
 * Made for one deployment per test class, the way every Atelier test is written.
 */
public class KeptDeployment implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(KeptDeployment.class.getName());

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** What is on the server now, to hand to the next class that asks for the same archive. */
    private record Kept(DeployableContainer<?> container, Archive<?> archive, Set<String> entries, boolean testable,
            ProtocolMetaData metadata) {

        boolean serves(DeployableContainer<?> other, DeploymentDescription description) {
            return container == other && description.managed() && description.testable() == testable
                    && entries.equals(KeptDeployment.entries(deployed(description)));
        }
    }

    static Archive<?> deployed(DeploymentDescription description) {
        return description.getTestableArchive() != null ? description.getTestableArchive() : description.getArchive();
    }

    static Set<String> entries(Archive<?> archive) {
        Set<String> entries = new TreeSet<>();
        entries.add(archive.getName());
        archive.getContent().keySet().forEach(path -> entries.add(path.get()));
        return entries;
    }

    /** The observer; Arquillian makes one for the whole test run. */
    public static class Keeper {

        @Inject
        private Instance<DeploymentContext> deploymentContext;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> metadata;

        private Kept kept;

        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
            DeployDeployment event = context.getEvent();
            Deployment asked = event.getDeployment();
            DeploymentDescription described = asked.getDescription();
            if (!described.isArchiveDeployment()) {
                context.proceed();
                return;
            }
            if (kept != null && kept.serves(event.getDeployableContainer(), described)) {
                DeploymentContext scope = deploymentContext.get();
                scope.activate(asked);
                try {
                    description.set(described);
                    deployment.set(asked);
                    metadata.set(kept.metadata());
                } finally {
                    scope.deactivate();
                }
                asked.deployed();
                LOG.fine(() -> described.getName() + ": " + kept.archive().getName() + " is already deployed");
                return;
            }
            undeployKept();
            context.proceed();
            if (described.managed() && asked.isDeployed() && !asked.hasDeploymentError()) {
                DeploymentContext scope = deploymentContext.get();
                scope.activate(asked);
                try {
                    Archive<?> archive = deployed(described);
                    kept = new Kept(event.getDeployableContainer(), archive, entries(archive), described.testable(),
                            metadata.get());
                } finally {
                    scope.deactivate();
                }
            }
        }

        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            UnDeployDeployment event = context.getEvent();
            DeploymentDescription described = event.getDeployment().getDescription();
            if (described.isArchiveDeployment() && kept != null
                    && kept.serves(event.getDeployableContainer(), described)) {
                event.getDeployment().undeployed(); // stays on the server for the next class
                return;
            }
            context.proceed();
        }

        public void stop(@Observes BeforeStop event) {
            undeployKept();
        }

        private void undeployKept() {
            if (kept == null) {
                return;
            }
            Kept going = kept;
            kept = null;
            try {
                going.container().undeploy(going.archive());
            } catch (Exception e) {
                LOG.warning("Could not undeploy " + going.archive().getName() + ": " + e);
            }
        }
    }
}
