package market.atelier.shared;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the versioned migrations in {@code db/migration} before anything else
 * touches the database. The same migrations serve H2 and PostgreSQL.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(Database.dataSource())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database (" + AtelierConfig.database() + ") at schema version "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion)
                + "; " + result.migrationsExecuted + " migration(s) applied");
    }
}
