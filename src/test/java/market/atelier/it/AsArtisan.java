package market.atelier.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test deployments only: runs a piece of test code with the ARTISAN role, as an artisan's request would. */
@Stateless
@RunAs("ARTISAN")
@PermitAll
public class AsArtisan {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
