package market.atelier.catalog.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS under {@code /api}; public data only, no session, JSON. */
@ApplicationPath("/api")
public class ApiApplication extends Application {
}
