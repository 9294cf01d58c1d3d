package dev.nightshift.jobs.correlation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import dev.nightshift.engine.WorkArea;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every series on the union of their dates: {@code values[series][date]}, NaN where a
 * series has no value. Kept in the work area between the steps as {@code series.json}
 * (the names) and {@code values.bin} (dates, then the values series after series), so
 * that a partition reads only the series of its tile.
 */
record AlignedSeries(List<String> names, long[] epochNanos, double[][] values) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long MAGIC = 0x4e53_434f_5252_0001L;

	private static final int HEADER = Long.BYTES + 2 * Integer.BYTES;

	int series() {
		return this.names.size();
	}

	int dates() {
		return this.epochNanos.length;
	}

	static Path folder(WorkArea area) {
		return area.root().resolve("correlation");
	}

	void write(WorkArea area) throws IOException {
		Path folder = Files.createDirectories(folder(area));
		Path names = folder.resolve(".series.json.tmp");
		JSON.writeValue(names.toFile(), this.names);
		Path values = folder.resolve(".values.bin.tmp");
		try (FileChannel channel = FileChannel.open(values, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			ByteBuffer header = ByteBuffer.allocate(HEADER + this.epochNanos.length * Long.BYTES)
				.order(ByteOrder.LITTLE_ENDIAN);
			header.putLong(MAGIC).putInt(series()).putInt(dates());
			header.asLongBuffer().put(this.epochNanos);
			writeFully(channel, header.clear());
			ByteBuffer row = ByteBuffer.allocate(dates() * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
			for (double[] series : this.values) {
				row.clear().asDoubleBuffer().put(series);
				writeFully(channel, row);
			}
		}
		WorkArea.publish(values, folder.resolve("values.bin"));
		WorkArea.publish(names, folder.resolve("series.json"));
	}

	static List<String> readNames(WorkArea area) throws IOException {
		return JSON.readValue(folder(area).resolve("series.json").toFile(), new TypeReference<List<String>>() {
		});
	}

	/** The dates and the series {@code first} to {@code first + count - 1}. */
	static AlignedSeries read(WorkArea area, int first, int count) throws IOException {
		List<String> names = readNames(area);
		try (FileChannel channel = FileChannel.open(folder(area).resolve("values.bin"), StandardOpenOption.READ)) {
			ByteBuffer header = read(channel, 0, HEADER);
			if (header.getLong() != MAGIC || header.getInt() != names.size()) {
				throw new IOException("not the aligned series of " + names.size() + " names: " + folder(area));
			}
			int dates = header.getInt();
			long[] epochNanos = new long[dates];
			read(channel, HEADER, dates * Long.BYTES).asLongBuffer().get(epochNanos);
			long start = HEADER + (long) dates * Long.BYTES;
			double[][] values = new double[count][dates];
			for (int i = 0; i < count; i++) {
				read(channel, start + (long) (first + i) * dates * Double.BYTES, dates * Double.BYTES).asDoubleBuffer()
					.get(values[i]);
			}
			return new AlignedSeries(names.subList(first, first + count), epochNanos, values);
		}
	}

	private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
	}

	private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, position + buffer.position()) < 0) {
				throw new IOException("truncated at " + (position + buffer.position()));
			}
		}
		return buffer.flip();
	}

}
