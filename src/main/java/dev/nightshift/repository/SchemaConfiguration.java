package dev.nightshift.repository;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the job repository's tables on first use only. Boot treats an H2 file as a
 * non-embedded database, and {@code initialize-schema=always} would replay the DDL on
 * every command, failing table by table into H2's trace file and costing start-up time.
 * (The shared repository server creates them before serving; this covers any other
 * database.)
 */
@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

	@Bean
	BatchDataSourceScriptDatabaseInitializer batchDataSourceInitializer(DataSource dataSource,
			BatchJdbcProperties properties) {
		return new BatchDataSourceScriptDatabaseInitializer(dataSource, properties) {

			@Override
			public boolean initializeDatabase() {
				String prefix = (properties.getTablePrefix() != null) ? properties.getTablePrefix() : "BATCH_";
				return !schemaExists(dataSource, prefix) && super.initializeDatabase();
			}

		};
	}

	private static boolean schemaExists(DataSource dataSource, String tablePrefix) {
		try (Connection connection = dataSource.getConnection();
				ResultSet tables = connection.getMetaData()
					.getTables(null, null, (tablePrefix + "JOB_INSTANCE").toUpperCase(), null)) {
			return tables.next();
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
