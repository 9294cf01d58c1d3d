package dev.nightshift.engine;

import java.util.Map;

/**
 * What a map partition knows of itself, given to the job's mapper factory: the launch's
 * parameters, the split it reads (the file names the document, say, for an inverted
 * index), which shard of the split it is (see {@code MapReduceJob.Builder#mapShards}) and
 * the {@link SideInput}s, already read. A test builds one by hand.
 *
 * <pre>{@code
 * MapContext context = new MapContext(parameters, new Split(file, 0, size), 0, 1, Map.of("skills", skills));
 * Mapper<CsvRow, ByteSlice, Long> mapper = factory.apply(context);
 * }</pre>
 *
 * @param shard from 0 to {@code shards - 1}
 * @param shards how many partitions read this same split, each doing its share of the
 * work; 1 unless the job asks for shards
 */
public record MapContext(Parameters parameters, Split split, int shard, int shards, Map<String, Object> sideInputs) {

	public MapContext {
		if (shard < 0 || shard >= shards) {
			throw new IllegalArgumentException("shard " + shard + " of " + shards);
		}
		sideInputs = Map.copyOf(sideInputs);
	}

	/**
	 * A context with only parameters and a split, for jobs without shards or side inputs.
	 */
	public MapContext(Parameters parameters, Split split) {
		this(parameters, split, 0, 1, Map.of());
	}

	/** The side input of that name as its reader made it. */
	@SuppressWarnings("unchecked")
	public <T> T sideInput(String name) {
		Object value = this.sideInputs.get(name);
		if (value == null) {
			throw new IllegalArgumentException(
					"no side input '" + name + "' (the job declares " + this.sideInputs.keySet() + ")");
		}
		return (T) value;
	}

}
