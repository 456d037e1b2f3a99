package market.atelier.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test deployments only: runs a piece of test code with the SHOPPER role, as a signed-in person's request would. */
@Stateless
@RunAs("SHOPPER")
@PermitAll
public class AsShopper {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(ThrowingRunnable work) throws Exception {
        work.run();
    }

    /** A runnable that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
