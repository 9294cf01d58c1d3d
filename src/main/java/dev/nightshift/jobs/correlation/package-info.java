/**
 * The {@code correlation} job: Pearson's correlation of every pair of the series that
 * {@code ingest} stored (one column of every store), over the dates each pair has in
 * common, as pandas' {@code DataFrame.corr()} computes it, with the top pairs and two
 * charts. Steps: {@code load → pairs (partitioned into tiles of the upper triangle) →
 * publish}. It reads stores through {@code dev.nightshift.store} and must not import
 * other jobs, {@code ops} or {@code cli}.
 */
package dev.nightshift.jobs.correlation;
