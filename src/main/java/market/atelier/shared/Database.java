package market.atelier.shared;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** The datasource chosen by {@code ATELIER_DB}, for the few places that need JDBC (migrations, health). */
public final class Database {

    private static volatile DataSource dataSource;

    private Database() {
    }

    public static DataSource dataSource() {
        DataSource ds = dataSource;
        if (ds == null) {
            try {
                ds = InitialContext.doLookup(AtelierConfig.dataSourceJndiName());
            } catch (NamingException e) {
                throw new IllegalStateException("No datasource " + AtelierConfig.dataSourceJndiName()
                        + ": ATELIER_DB must be h2 or postgresql", e);
            }
            dataSource = ds;
        }
        return ds;
    }
}
