package market.atelier.shared;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code GET /health}: 200 {@code {"status":"UP","database":"UP"}}, or 503 when the database does not answer. */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(HealthServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean databaseUp = databaseUp();
        response.setStatus(databaseUp ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(databaseUp
                ? "{\"status\":\"UP\",\"database\":\"UP\"}"
                : "{\"status\":\"DOWN\",\"database\":\"DOWN\"}");
    }

    private static boolean databaseUp() {
        try (Connection connection = Database.dataSource().getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Health check: database unreachable", e);
            return false;
        }
    }
}
