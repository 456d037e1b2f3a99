package market.atelier.shared;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Whether this deployment's web application is up: every servlet and listener initialised (Faces, PrimeFaces, the
 * REST API), so requests are served. Long background work started during deployment (the search index rebuild)
 * waits for it, so that it does not slow down start-up on a small machine. {@link HealthServlet} is the last servlet
 * initialised and says so.
 */
public final class WebStarted {

    private static final CountDownLatch STARTED = new CountDownLatch(1);

    private WebStarted() {
    }

    static void now() {
        STARTED.countDown();
    }

    /** Waits until the web application is up, at most {@code seconds}; false if it was not up by then. */
    public static boolean await(long seconds) throws InterruptedException {
        return STARTED.await(seconds, TimeUnit.SECONDS);
    }
}
