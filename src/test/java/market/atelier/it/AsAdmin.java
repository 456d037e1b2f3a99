package market.atelier.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test deployments only: runs a piece of test code with the ADMIN role, as an admin's request would. */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class AsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(AsShopper.ThrowingRunnable work) throws Exception {
        work.run();
    }
}
