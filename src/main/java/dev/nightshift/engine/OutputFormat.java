package dev.nightshift.engine;

/**
 * How reduce output records become the job's output file. Records are ordered by the
 * bytes of {@link #writeSortKey} across all reduce partitions (an external merge, so any
 * size fits), then written with {@link #writeRecord}. Make the sort key unique per record
 * (for example, include the reduce key) and the output is the same whatever the number of
 * partitions.
 */
public interface OutputFormat<O> {

	String fileName();

	void writeSortKey(O record, ByteSink out);

	void writeRecord(O record, ByteSink out);

}
