package dev.nightshift.jobs.correlation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import dev.nightshift.engine.WorkArea;
import dev.nightshift.store.PandasStoreReader;
import dev.nightshift.store.SeriesFrame;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A series the job reads: a store and the name it goes by (its file name without
 * {@code .h5}, as the seed names series after their files).
 */
record StoredSeries(String name, Path store) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The stores of a folder ({@code *.h5}, not the hidden temporary ones) or those a
	 * {@code catalog.json} lists, in name order.
	 * @throws IllegalArgumentException naming the input when it holds fewer than two
	 */
	static List<StoredSeries> of(Path input) throws IOException {
		List<Path> stores = new ArrayList<>();
		if (Files.isDirectory(input)) {
			try (Stream<Path> files = Files.list(input)) {
				files.filter(StoredSeries::isStore).forEach(stores::add);
			}
		}
		else if (input.getFileName().toString().endsWith(".json")) {
			for (JsonNode entry : JSON.readTree(input.toFile()).path("entries")) {
				if (entry.hasNonNull("store")) {
					stores.add(input.toAbsolutePath().getParent().resolve(entry.get("store").asString()));
				}
			}
		}
		else {
			stores.add(input);
		}
		List<StoredSeries> series = stores.stream()
			.map(store -> new StoredSeries(nameOf(store), store))
			.sorted((a, b) -> a.name().compareTo(b.name()))
			.toList();
		if (series.size() < 2) {
			throw new IllegalArgumentException("input " + input + " holds " + series.size()
					+ " store(s) (.h5 files, or a catalog.json listing them): a correlation needs at least two");
		}
		for (int i = 1; i < series.size(); i++) {
			if (series.get(i).name().equals(series.get(i - 1).name())) {
				throw new IllegalArgumentException("input " + input + " lists two stores named '" + series.get(i).name()
						+ "': " + series.get(i - 1).store() + " and " + series.get(i).store());
			}
		}
		return series;
	}

	/**
	 * The store's {@code column} as doubles (int64 columns converted), a frame of that
	 * one column.
	 * @throws IllegalArgumentException naming the store and its columns when it has no
	 * such column
	 */
	SeriesFrame read(String column) {
		SeriesFrame frame = PandasStoreReader.read(this.store);
		SeriesFrame.Column found = frame.columns()
			.stream()
			.filter(candidate -> candidate.name().equals(column))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("store " + this.store + " has no column '" + column
					+ "' (it has: " + String.join(", ", frame.columns().stream().map(SeriesFrame.Column::name).toList())
					+ "); choose one with column=..."));
		double[] values = found.integral() ? Arrays.stream(found.longs()).asDoubleStream().toArray() : found.doubles();
		return new SeriesFrame(frame.indexName(), frame.epochNanos(),
				List.of(SeriesFrame.Column.ofDoubles(column, values)));
	}

	/** Kept in the work area by step {@code load} for step {@code publish}. */
	static void write(WorkArea area, List<StoredSeries> series) throws IOException {
		Path temporary = AlignedSeries.folder(area).resolve(".stores.json.tmp");
		JSON.writeValue(temporary.toFile(), series);
		WorkArea.publish(temporary, file(area));
	}

	static List<StoredSeries> read(WorkArea area) {
		return JSON.readValue(file(area).toFile(), new TypeReference<List<StoredSeries>>() {
		});
	}

	private static Path file(WorkArea area) {
		return AlignedSeries.folder(area).resolve("stores.json");
	}

	private static boolean isStore(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".h5") && !name.startsWith(".") && Files.isRegularFile(file);
	}

	private static String nameOf(Path store) {
		String name = store.getFileName().toString();
		return name.endsWith(".h5") ? name.substring(0, name.length() - 3) : name;
	}

}
