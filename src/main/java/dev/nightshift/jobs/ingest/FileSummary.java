package dev.nightshift.jobs.ingest;

import java.util.List;

/**
 * What ingesting one file gave, as the catalog lists it. {@code read = rows + rejected +
 * duplicates}. A file whose every record was rejected has no store (null) and no times.
 *
 * @param source the input file
 * @param store the HDF5 store written, or null
 * @param read records read (a file-level problem, such as a truncated gzip, counts as
 * one)
 * @param rows rows stored
 * @param rejected records rejected (see {@code rejects})
 * @param duplicates records dropped because a later record had the same timestamp
 * @param first first timestamp stored, ISO-8601 UTC
 * @param last last timestamp stored
 * @param columns the stored columns and their dtypes
 * @param bytes size of the store
 * @param rejects the file of rejected records, or null
 */
record FileSummary(String source, String store, long read, long rows, long rejected, long duplicates, String first,
		String last, List<ColumnSummary> columns, long bytes, String rejects) {

	record ColumnSummary(String name, String dtype) {
	}

}
