package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import market.atelier.account.Account;
import market.atelier.shop.Shop;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data survives a redeploy: write a shop, undeploy and deploy Atelier again (a fresh EclipseLink session and
 * class loader), read the shop back. The marker crosses the redeploy in a JVM system property.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedeployIT {

    private static final String APP = "redeploy";
    private static final String MARKER = "atelier.it.redeploy.marker";

    @Deployment(name = APP, managed = false)
    static WebArchive deployment() {
        return Deployments.atelier(RedeployIT.class, Fixtures.class);
    }

    @ArquillianResource
    private Deployer deployer;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Test
    @Order(1)
    @RunAsClient
    void deploy() {
        deployer.deploy(APP);
    }

    @Test
    @Order(2)
    @OperateOnDeployment(APP)
    void writeAShop() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 12);
        tx.begin();
        Account owner = Fixtures.account(em, "redeploy-" + marker + "@it.atelier");
        Shop shop = Fixtures.shop(em, owner, "Survivor " + marker);
        shop.setStory("Written before a redeploy.");
        tx.commit();
        System.setProperty(MARKER, marker);
    }

    @Test
    @Order(3)
    @RunAsClient
    void redeploy() {
        deployer.undeploy(APP);
        deployer.deploy(APP);
    }

    @Test
    @Order(4)
    @OperateOnDeployment(APP)
    void theShopIsStillThereAfterTheRedeploy() {
        String marker = System.getProperty(MARKER);
        assertNotNull(marker, "the write step ran first");
        Shop shop = em.createNamedQuery(Shop.BY_SLUG, Shop.class).setParameter("slug", "survivor-" + marker)
                .getSingleResult();
        assertEquals("Written before a redeploy.", shop.getStory());
        assertEquals("redeploy-" + marker + "@it.atelier", shop.getOwner().getEmail());
    }

    @Test
    @Order(5)
    @RunAsClient
    void undeploy() {
        deployer.undeploy(APP);
    }
}
