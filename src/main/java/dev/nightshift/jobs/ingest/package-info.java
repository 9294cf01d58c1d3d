/**
 * The {@code ingest} job: JSON-lines files (or files holding one JSON array) of
 * timestamped records → one pandas-readable HDF5 store per file, a catalog of them, and
 * the rejected records with their line and reason. Steps:
 * {@code list → store (partitioned) → catalog}.
 */
package dev.nightshift.jobs.ingest;
