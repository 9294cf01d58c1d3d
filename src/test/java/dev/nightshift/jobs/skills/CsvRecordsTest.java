package dev.nightshift.jobs.skills;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRecordsTest {

	@Test
	void aRecordOverTheLimitIsSkippedWholeAndTheNextOnesAreRead() throws Exception {
		String csv = "a,b\n\"" + "x,\n".repeat(20) + "\",1\n" + "c,\"d\ne\"\n" + "f";
		CsvRecords records = new CsvRecords(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 100, 1, 4,
				16);
		List<String> read = new ArrayList<>();

		while (records.next()) {
			String text = records.oversized() ? "(oversized)" : new String(records.bytes(), records.from(),
					records.to() - records.from(), StandardCharsets.UTF_8);
			read.add(records.line() + " " + records.start() + "-" + records.end() + " " + text);
		}

		assertThat(read).containsExactly("1 100-104 a,b\n", "2 104-169 (oversized)", "23 169-177 c,\"d\ne\"\n",
				"25 177-178 f");
	}

}
