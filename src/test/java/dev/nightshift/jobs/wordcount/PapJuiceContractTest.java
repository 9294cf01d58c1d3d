package dev.nightshift.jobs.wordcount;

import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import dev.nightshift.definition.JobDefinition;
import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.engine.ByteSlice;
import dev.nightshift.engine.EngineSettings;
import dev.nightshift.engine.KeyCount;
import dev.nightshift.engine.MapReduceJob;
import dev.nightshift.support.EngineVariants;
import dev.nightshift.support.TestHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

import static dev.nightshift.support.ExecutionAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 004's contract: map → sort → reduce over the three streams of
 * {@code data/papjuice}, restricted to six languages, gives the same table on every one
 * of 50 runs, whatever the threads, split sizes and reduce partitions (the seed's
 * multiprocessing version failed it now and then, for want of a lock).
 */
@SpringBootTest
class PapJuiceContractTest {

	static final Map<String, Long> SEED_004 = Map.of("Java", 4L, "Hadoop", 2L, "RDBMS", 3L, "Prolog", 4L, "Lisp", 2L,
			"Pascal", 2L);

	private static final String[] SPLIT_SIZES = { "64B", "100B", "257B", "1KB", "64MB" };

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.create(registry, "papjuice");
	}

	@Autowired
	JobOperator operator;

	@Autowired
	JobRepository repository;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	EngineSettings settings;

	@Autowired
	JobDefinitions definitions;

	@Autowired
	MapReduceJob<ByteSlice, ByteSlice, Long, KeyCount> wordcountMapReduce;

	@TempDir
	Path temp;

	@Test
	void fiftyRunsGiveTheSeedsTableWhateverThreadsSplitsAndReducePartitions() throws Exception {
		SplittableRandom random = new SplittableRandom(4);
		JobDefinition definition = this.definitions.get("wordcount");
		for (int run = 0; run < 50; run++) {
			int threads = 1 + run % 4;
			String splitSize = SPLIT_SIZES[random.nextInt(SPLIT_SIZES.length)];
			int partitions = 1 + random.nextInt(8);
			EngineSettings variant = this.settings.withThreads(threads)
				.withSizes(DataSize.parse(splitSize), this.settings.spillBuffer(), this.settings.mergeFanIn());
			Job job = EngineVariants.factory(this.repository, this.transactionManager, variant)
				.create(this.wordcountMapReduce, definition.validator());
			Path output = this.temp.resolve("run-" + run);

			JobExecution execution = this.operator.start(job, definition.parse(Map.of("input", "data/papjuice",
					"output", output.toString(), "partitions", Integer.toString(partitions))));

			assertThat(execution).hasStatus(BatchStatus.COMPLETED).hasPartitions("reduce", partitions);
			Map<String, Long> languages = new TreeMap<>(WordcountJobTest.readCounts(output));
			languages.keySet().retainAll(SEED_004.keySet());
			assertThat(languages)
				.as("run %d: %d threads, split size %s, %d reduce partitions", run, threads, splitSize, partitions)
				.isEqualTo(SEED_004);
		}
	}

}
