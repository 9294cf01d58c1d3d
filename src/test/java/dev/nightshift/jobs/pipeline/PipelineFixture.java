package dev.nightshift.jobs.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.nightshift.generate.StockGenerator;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

/** Inputs of the nightly pipeline made in the test, and its children read back. */
final class PipelineFixture {

	private PipelineFixture() {
	}

	/** Daily bars of a few tickers and two documents; the pipeline's arguments. */
	static Map<String, String> inputs(Path temp) throws IOException {
		Path stocks = temp.resolve("stocks");
		new StockGenerator(7).generate(stocks, 6, 120);
		Path documents = Files.createDirectories(temp.resolve("documents"));
		Files.writeString(documents.resolve("one.txt"), "the night shift counts the words of the night\n");
		Files.writeString(documents.resolve("two.txt"), "words, words, words: the end\n");
		return Map.of("stocks", stocks.toString(), "documents", documents.toString(), "output",
				temp.resolve("out").toString());
	}

	/** Every execution of the job, oldest first. */
	static List<JobExecution> executions(JobRepository repository, String job) {
		return repository.getJobInstances(job, 0, 100)
			.stream()
			.flatMap(instance -> repository.getJobExecutions(instance).stream())
			.sorted(Comparator.comparingLong(JobExecution::getId))
			.toList();
	}

}
