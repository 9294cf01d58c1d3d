package dev.nightshift.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sort/spill/merge path against a TreeMap: whatever the buffer and fan-in, the merged
 * runs hold each key once, in unsigned byte order, with its values combined.
 */
class RunMergerTest {

	@TempDir
	Path temp;

	@Test
	void spillsAndMultiPassMergesGiveTheSameTotalsAsAMap() throws IOException {
		Random random = new Random(42);
		TreeMap<String, Long> expected = new TreeMap<>((a, b) -> ByteSlice.of(a).compareTo(ByteSlice.of(b)));
		LongCombiningTable table = new LongCombiningTable(2048, LongCombiner.SUM, Codecs.varLong());
		SpillingSorter sorter = new SpillingSorter(table, 3, this.temp.resolve("spills"),
				new RunMerger(2, 128, ValueMerger.of(LongCombiner.SUM, Codecs.varLong())), 128);
		ByteSink key = new ByteSink();
		for (int i = 0; i < 20_000; i++) {
			String word = "k" + (int) Math.abs(random.nextGaussian() * 300) + ((i % 5 == 0) ? "é" : "");
			long value = 1 + random.nextInt(3);
			expected.merge(word, value, Long::sum);
			key.reset().write(word.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			int hash = Hashing.hash(key.array(), 0, key.length());
			int partition = Hashing.partition(hash, 3);
			if (!table.add(hash, partition, key.array(), 0, key.length(), value)) {
				sorter.spill();
				assertThat(table.add(hash, partition, key.array(), 0, key.length(), value)).isTrue();
			}
		}
		Path output = this.temp.resolve("out");
		java.nio.file.Files.createDirectories(output);

		sorter.finish(output);

		assertThat(sorter.spills()).isGreaterThan(5);
		Map<String, Long> merged = new TreeMap<>(expected.comparator());
		for (int partition = 0; partition < 3; partition++) {
			List<String> keys = new ArrayList<>();
			try (RunReader reader = new RunReader(SpillingSorter.partFile(output, partition), 64)) {
				while (reader.next()) {
					String word = new ByteSlice(reader.key(), 0, reader.keyLength()).toString();
					assertThat(Hashing.partition(Hashing.hash(reader.key(), 0, reader.keyLength()), 3))
						.isEqualTo(partition);
					keys.add(word);
					merged.put(word, Codecs.varLong().decodeLong(reader.value(), 0, reader.valueLength()));
				}
			}
			assertThat(keys).isSortedAccordingTo(expected.comparator()).doesNotHaveDuplicates();
		}
		assertThat(merged).isEqualTo(expected);
		assertThat(this.temp.resolve("spills")).doesNotExist();
	}

}
