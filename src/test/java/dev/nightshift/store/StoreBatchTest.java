package dev.nightshift.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.nightshift.store.SeriesFrame.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreBatchTest {

	@TempDir
	Path temp;

	@Test
	void storesAppearOnlyAtTheCommitAndEachReadsBack() throws IOException {
		try (StoreBatch stores = new StoreBatch()) {
			for (int i = 1; i <= 20; i++) {
				long size = stores.add(this.temp.resolve("S" + i + ".h5"), frame(i));
				assertThat(size).isPositive();
			}
			assertThat(this.temp.resolve("S1.h5")).doesNotExist();
			assertThat(listing()).hasSize(20).allMatch((name) -> name.startsWith(".") && name.endsWith(".tmp"));

			stores.commit();
		}
		assertThat(listing()).hasSize(20).noneMatch((name) -> name.endsWith(".tmp"));
		for (int i = 1; i <= 20; i++) {
			assertThat(PandasStoreReader.read(this.temp.resolve("S" + i + ".h5")).columns().get(0).doubles())
				.containsExactly(frame(i).columns().get(0).doubles());
		}
	}

	@Test
	void closingWithoutACommitLeavesTheOldStoresAndNoTemporaryFile() throws IOException {
		Path store = this.temp.resolve("S.h5");
		PandasStoreWriter.write(store, frame(1));
		byte[] before = Files.readAllBytes(store);

		try (StoreBatch stores = new StoreBatch()) {
			stores.add(store, frame(2));
			stores.add(this.temp.resolve("T.h5"), frame(3));
		}

		assertThat(listing()).containsExactly("S.h5");
		assertThat(Files.readAllBytes(store)).isEqualTo(before);
	}

	@Test
	void aStoreThatCannotBeMovedIntoPlaceIsNamedAndTheOnesBeforeItAreInPlace() throws IOException {
		Path occupied = Files.createDirectories(this.temp.resolve("B.h5"));
		Files.writeString(occupied.resolve("keep.txt"), "a directory that is not empty cannot be replaced");

		try (StoreBatch stores = new StoreBatch()) {
			stores.add(this.temp.resolve("A.h5"), frame(1));
			stores.add(occupied, frame(2));
			stores.add(this.temp.resolve("C.h5"), frame(3));
			assertThatThrownBy(stores::commit).isInstanceOf(UncheckedIOException.class)
				.hasMessageStartingWith("Cannot write " + occupied);
		}

		assertThat(listing()).containsExactly("A.h5", "B.h5");
	}

	private static SeriesFrame frame(int seed) {
		long[] days = { 0, 86_400_000_000_000L, 2 * 86_400_000_000_000L };
		return new SeriesFrame("date", days,
				List.of(Column.ofDoubles("close", new double[] { seed, seed + 0.5, -seed })));
	}

	private List<String> listing() throws IOException {
		try (Stream<Path> files = Files.list(this.temp)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

}
