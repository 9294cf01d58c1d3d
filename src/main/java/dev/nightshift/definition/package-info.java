/**
 * Job definitions: {@code jobs/*.yml} turned into typed {@link JobDefinition}s whose
 * parameter specs drive parsing, validation (a Spring Batch
 * {@code JobParametersValidator}), CLI help and, later, the REST API and scheduler.
 * Imports only the engine (to resolve input paths); never {@code ops}, {@code cli} or a
 * job.
 */
package dev.nightshift.definition;
