package market.atelier.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class HealthServletTest {

    @Test
    void theDatabaseIsDownWhenNoConnectionCanBeHad() {
        DataSource unreachable = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("Connection refused");
                });
        assertFalse(HealthServlet.databaseUp(() -> unreachable));
    }

    @Test
    void theDatabaseIsDownWhenTheDatasourceIsMissing() {
        assertFalse(HealthServlet.databaseUp(() -> {
            throw new IllegalStateException("No datasource java:jboss/datasources/Atelier-oracle");
        }));
    }
}
