package dev.nightshift.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.nightshift.generate.PostingsGenerator;
import dev.nightshift.generate.StockGenerator;
import dev.nightshift.generate.TextGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = "Write deterministic synthetic data for benchmarks.",
		subcommands = { GenerateCommand.Text.class, GenerateCommand.Stocks.class, GenerateCommand.Postings.class })
class GenerateCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "say what to generate: text, stocks or postings");
	}

	/**
	 * The options every generator has: where to write, and the seed that fixes the bytes.
	 */
	static class Target {

		@Option(names = "--seed", defaultValue = "1", description = "same seed, same bytes (default ${DEFAULT-VALUE})")
		long seed;

		@Option(names = "--out", required = true, description = "output folder")
		Path out;

	}

	private static void require(CommandSpec spec, String option, int value, int min, int max) {
		if (value < min || value > max) {
			throw new ParameterException(spec.commandLine(),
					"option '%s' has value '%d': expected an integer from %d to %d".formatted(option, value, min, max));
		}
	}

	@Command(name = "text", description = "English-like text with a Zipf vocabulary, punctuation and capitals.")
	static class Text implements Callable<Integer> {

		@Option(names = "--size", required = true, description = "total size in MB")
		long sizeMb;

		@Mixin
		Target target;

		@Option(names = "--files", defaultValue = "8", description = "number of files (default ${DEFAULT-VALUE})")
		int files;

		@Override
		public Integer call() throws Exception {
			long start = System.nanoTime();
			List<Path> written = new TextGenerator(this.target.seed).generate(this.target.out, this.sizeMb << 20,
					this.files);
			System.out.printf("wrote %d files, %d MB, to %s in %.1f s%n", written.size(), this.sizeMb,
					this.target.out.toAbsolutePath(), (System.nanoTime() - start) / 1e9);
			return 0;
		}

	}

	@Command(name = "stocks",
			description = "Daily bars of correlated stocks in sectors, one JSON-lines file per ticker, ending 2024-12-31.")
	static class Stocks implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--tickers", required = true, description = "number of tickers, one file each")
		int tickers;

		@Option(names = "--days", required = true, description = "business days in the period")
		int days;

		@Mixin
		Target target;

		@Override
		public Integer call() throws Exception {
			require(this.spec, "--tickers", this.tickers, 1, StockGenerator.MAX_TICKERS);
			require(this.spec, "--days", this.days, 2, StockGenerator.MAX_DAYS);
			long start = System.nanoTime();
			StockGenerator.Written written = new StockGenerator(this.target.seed).generate(this.target.out,
					this.tickers, this.days);
			System.out.printf(Locale.ROOT, "wrote %d files, %d rows, to %s in %.1f s%n", written.files().size(),
					written.rows(), this.target.out.toAbsolutePath(), (System.nanoTime() - start) / 1e9);
			return 0;
		}

	}

	@Command(name = "postings",
			description = "Job postings as CSV (postings.csv, descriptions with line breaks and quotes) and the skills to count (skills.csv).")
	static class Postings implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--rows", required = true, description = "postings, about 2.5 KB each")
		int rows;

		@Option(names = "--skills", defaultValue = "500",
				description = "skills listed; the first 132 are real ones (default ${DEFAULT-VALUE})")
		int skills;

		@Mixin
		Target target;

		@Override
		public Integer call() throws Exception {
			require(this.spec, "--rows", this.rows, 0, Integer.MAX_VALUE);
			require(this.spec, "--skills", this.skills, 1, PostingsGenerator.MAX_SKILLS);
			long start = System.nanoTime();
			PostingsGenerator.Written written = new PostingsGenerator(this.target.seed).generate(this.target.out,
					this.rows, this.skills);
			System.out.printf(Locale.ROOT, "wrote %d postings (%d MB) and %d skills to %s in %.1f s%n", written.rows(),
					written.bytes() >> 20, this.skills, this.target.out.toAbsolutePath(),
					(System.nanoTime() - start) / 1e9);
			return 0;
		}

	}

}
