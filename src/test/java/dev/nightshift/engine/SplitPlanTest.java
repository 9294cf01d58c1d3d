package dev.nightshift.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SplitPlanTest {

	private static final long MB = 1 << 20;

	@TempDir
	Path temp;

	@Test
	void aLargeInputIsCutIntoAMultipleOfTheThreadsASmallOneIsNot() {
		assertThat(SplitPlan.evenSplitSize(200_463_898, 64 * MB, 2)).isEqualTo(50_115_975);
		assertThat(SplitPlan.evenSplitSize(1024 * MB, 64 * MB, 2)).isEqualTo(64 * MB);
		assertThat(SplitPlan.evenSplitSize(100 * MB, 64 * MB, 3)).isEqualTo((100 * MB + 2) / 3);
		assertThat(SplitPlan.evenSplitSize(1455, 64 * MB, 8)).isEqualTo(64 * MB);
	}

	@Test
	void shardsReadEveryFileWholeOncePerShardAndThePlanReadsBackTheSame() throws Exception {
		Path a = Files.writeString(this.temp.resolve("a.txt"), "x".repeat(100));
		Path b = Files.writeString(this.temp.resolve("b.txt"), "y".repeat(30));
		Path empty = Files.createFile(this.temp.resolve("c.txt"));

		SplitPlan sharded = SplitPlan.cut(List.of(a, b, empty), new TextLines(), 40, 3, 2);
		SplitPlan cut = SplitPlan.cut(List.of(a, b, empty), new TextLines(), 40, 1, 2);
		sharded.write(this.temp.resolve("plan.tsv"));

		assertThat(sharded.splits()).containsExactly(new Split(a, 0, 100), new Split(a, 0, 100), new Split(a, 0, 100),
				new Split(b, 0, 30), new Split(b, 0, 30), new Split(b, 0, 30));
		assertThat(sharded.shardOf(4)).isEqualTo(1);
		assertThat(cut.splits()).containsExactly(new Split(a, 0, 40, 1), new Split(a, 40, 40, 0),
				new Split(a, 80, 20, 0), new Split(b, 0, 30, 1));
		assertThat(SplitPlan.read(this.temp.resolve("plan.tsv"))).isEqualTo(sharded);
	}

}
