package org.yiyang.shared.infrastructure;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The one Flyway configuration: used at start-up and by the tests that migrate a database of their own. */
public final class Migrations {

    /** The only place migrations are read from (the tests check that every file there was applied). */
    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    public static Flyway flyway(DataSource dataSource, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(LOCATION)
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .load();
    }
}
