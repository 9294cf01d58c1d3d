package dev.nightshift.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TextLinesTest {

	@TempDir
	Path temp;

	@Test
	void everyLineIsReadExactlyOnceWhereverTheSplitsAreCut() throws IOException {
		List<String> lines = new ArrayList<>();
		Random random = new Random(1);
		for (int i = 0; i < 300; i++) {
			lines.add("line " + i + " " + "x".repeat(random.nextInt(40)) + ((i % 7 == 0) ? "" : " é"));
		}
		lines.add("");
		lines.add("");
		Path file = this.temp.resolve("lines.txt");
		Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		long size = Files.size(file);

		for (long splitSize : new long[] { 1, 2, 3, 17, 64, 100, 1000, size - 1, size, size + 1 }) {
			List<String> read = new ArrayList<>();
			for (long start = 0; start < size; start += splitSize) {
				read.addAll(readSplit(new Split(file, start, Math.min(splitSize, size - start)), 16));
			}
			assertThat(read).as("split size %d", splitSize).isEqualTo(lines);
		}
	}

	@Test
	void stripsCrLfAndReadsALastLineWithoutNewline() throws IOException {
		Path file = this.temp.resolve("crlf.txt");
		Files.writeString(file, "one\r\ntwo\r\n\r\nlast");

		assertThat(readSplit(new Split(file, 0, Files.size(file)), 4)).containsExactly("one", "two", "", "last");
	}

	@Test
	void linesLongerThanTheBufferGrowIt() throws IOException {
		Path file = this.temp.resolve("long.txt");
		String longLine = "y".repeat(100_000);
		Files.writeString(file, "a\n" + longLine + "\nb\n");

		assertThat(readSplit(new Split(file, 0, Files.size(file)), 64)).containsExactly("a", longLine, "b");
		assertThat(readSplit(new Split(file, 2, 10), 64)).containsExactly(longLine);
		assertThat(readSplit(new Split(file, 3, 100_001), 64)).containsExactly("b");
		assertThat(readSplit(new Split(file, 3, 100_000), 64)).isEmpty();
	}

	private static List<String> readSplit(Split split, int bufferSize) throws IOException {
		List<String> lines = new ArrayList<>();
		try (RecordReader<ByteSlice> reader = new TextLines(bufferSize).open(split)) {
			while (reader.next()) {
				lines.add(reader.current().toString());
			}
			assertThat(reader.bytesRead()).isBetween(0L, split.length());
		}
		return lines;
	}

}
