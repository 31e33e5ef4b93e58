package org.yiyang.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;

/**
 * First step of start-up: brings the schema to the latest Flyway version, then validates the JPA mapping
 * against it. The deployment fails (and nothing else starts) if either step fails. Hibernate never
 * changes the schema itself.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class);

    @Resource(lookup = "java:jboss/datasources/YiyangDirectDS")
    DataSource directDataSource;

    @PersistenceUnit(unitName = "yiyang")
    EntityManagerFactory emf;

    private volatile String schemaVersion = "";

    @PostConstruct
    void migrateAndValidate() {
        Flyway flyway = Migrations.flyway(directDataSource, getClass().getClassLoader());
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        schemaVersion = current == null ? "" : current.getVersion().getVersion();
        LOG.infof("Schema at version %s (%d migrations applied now)", schemaVersion, result.migrationsExecuted);
        emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        LOG.info("JPA mapping validated against the schema");
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
