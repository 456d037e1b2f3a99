package market.atelier.shared;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /health}: 200 {@code {"status":"UP","database":"UP"}}, or 503 when the database does not answer.
 * Initialised last of the servlets ({@code loadOnStartup}): it tells {@link WebStarted} that the application is up.
 */
@WebServlet(urlPatterns = "/health", loadOnStartup = 100)
public class HealthServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(HealthServlet.class.getName());

    @Override
    public void init() {
        WebStarted.now();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean databaseUp = databaseUp(Database::dataSource);
        response.setStatus(databaseUp ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(databaseUp
                ? "{\"status\":\"UP\",\"database\":\"UP\"}"
                : "{\"status\":\"DOWN\",\"database\":\"DOWN\"}");
    }

    /** Whether the database answers within two seconds; any failure (no datasource, no connection) is "down". */
    static boolean databaseUp(Supplier<DataSource> dataSource) {
        try (Connection connection = dataSource.get().getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Health check: database unreachable", e);
            return false;
        }
    }
}
