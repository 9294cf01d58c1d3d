/**
 * The job repository's database. By default an H2 file served by a small background
 * process that every Nightshift command of the home shares and that exits when idle;
 * setting {@code spring.datasource.url} replaces it with any database Spring Batch
 * supports.
 */
package dev.nightshift.repository;
