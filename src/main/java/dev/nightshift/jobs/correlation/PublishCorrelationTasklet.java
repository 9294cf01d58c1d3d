package dev.nightshift.jobs.correlation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.nightshift.engine.MapReduceJobFactory;
import dev.nightshift.engine.Parameters;
import dev.nightshift.engine.WorkArea;
import dev.nightshift.store.LabelledMatrixWriter;
import dev.nightshift.store.LabelledMatrixWriter.Matrix;
import dev.nightshift.store.SeriesFrame;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code publish}: the tiles and the diagonal assembled into the whole matrix, then
 * {@code correlation.h5} (keys {@code data}: the correlations as {@code df.corr()} gives
 * them, and {@code overlap}: the common dates), {@code top-pairs.csv},
 * {@code top-pair.png}, {@code heatmap.png} and {@code _SUCCESS}, each written under a
 * temporary name and moved into place; the best pair in the seed's words as the summary's
 * headline.
 */
final class PublishCorrelationTasklet implements Tasklet {

	private static final CsvMapper CSV = CsvMapper.builder().build();

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		CorrelationParameters parameters = CorrelationParameters.of(step.getJobParameters());
		WorkArea area = WorkArea.of(step.getJobExecution());
		TilePlan plan = TilePlan.read(area);
		List<String> names = AlignedSeries.readNames(area);
		int n = names.size();
		double[][] r = new double[n][n];
		long[][] common = new long[n][n];
		for (TilePlan.Tile tile : plan.tiles()) {
			place(TileResults.read(tile.resultFile(area)), plan.first(tile.row()), plan.first(tile.column()),
					tile.row() == tile.column(), r, common);
		}
		Ranking ranking = rank(names, r, common, parameters.top());
		List<TopPair> ranked = ranking.top();
		Path output = Files.createDirectories(parameters.output());
		Path matrix = output.resolve("correlation.h5");
		LabelledMatrixWriter.write(matrix, names,
				List.of(Matrix.ofDoubles("data", r), Matrix.ofLongs("overlap", common)));
		publish(output, "top-pairs.csv",
				(file) -> CSV.writer(CSV.schemaFor(TopPair.class).withHeader())
					.writeValues(file.toFile())
					.writeAll(ranked)
					.close());
		String headline = ranked.isEmpty() ? "no pair of series has a correlation"
				: "%s matches with %s with correlation %f".formatted(ranked.get(0).a(), ranked.get(0).b(),
						ranked.get(0).correlation());
		if (!ranked.isEmpty()) {
			drawTopPair(output, area, parameters, ranked.get(0), headline);
		}
		publish(output, "heatmap.png", (file) -> Charts.heatmap(file, names, r, Seriation.order(r),
				"Correlation of " + n + " series (" + parameters.column() + ", " + transformName(parameters) + ")"));
		publish(output, "_SUCCESS", (file) -> JSON.writeValue(file.toFile(),
				manifest(step, names.size(), AlignedSeries.read(area, 0, 0).dates(), ranking)));
		step.getExecutionContext().putString(MapReduceJobFactory.OUTPUT_FILE_KEY, matrix.toString());
		step.getExecutionContext().putString(MapReduceJobFactory.HEADLINE_KEY, headline);
		step.setReadCount(plan.tiles().size());
		contribution.incrementWriteCount(ranking.correlated());
		return RepeatStatus.FINISHED;
	}

	private static void place(PairwiseCorrelation.Tile tile, int firstRow, int firstColumn, boolean diagonal,
			double[][] r, long[][] common) {
		for (int i = 0; i < tile.rows(); i++) {
			for (int j = diagonal ? i : 0; j < tile.columns(); j++) {
				int a = firstRow + i;
				int b = firstColumn + j;
				r[a][b] = r[b][a] = tile.r()[i * tile.columns() + j];
				common[a][b] = common[b][a] = tile.common()[i * tile.columns() + j];
			}
		}
	}

	/**
	 * The {@code top} best of the unordered pairs with a correlation, each once, by
	 * correlation descending, then names; and how many pairs have one.
	 */
	static Ranking rank(List<String> names, double[][] r, long[][] common, int top) {
		Comparator<TopPair> best = Comparator.comparingDouble(TopPair::correlation)
			.reversed()
			.thenComparing(TopPair::a)
			.thenComparing(TopPair::b);
		PriorityQueue<TopPair> kept = new PriorityQueue<>(best.reversed());
		long correlated = 0;
		for (int a = 0; a < names.size(); a++) {
			for (int b = a + 1; b < names.size(); b++) {
				if (Double.isNaN(r[a][b])) {
					continue;
				}
				correlated++;
				if (kept.size() == top && r[a][b] < kept.peek().correlation()) {
					continue;
				}
				kept.add(new TopPair(names.get(a), names.get(b), r[a][b], common[a][b]));
				if (kept.size() > top) {
					kept.poll();
				}
			}
		}
		List<TopPair> pairs = new ArrayList<>(kept);
		pairs.sort(best);
		return new Ranking(pairs, correlated);
	}

	/** The best pairs, best first, of {@code correlated} pairs with a correlation. */
	record Ranking(List<TopPair> top, long correlated) {
	}

	private static void drawTopPair(Path output, WorkArea area, CorrelationParameters parameters, TopPair best,
			String headline) throws IOException {
		Map<String, StoredSeries> stores = new LinkedHashMap<>();
		StoredSeries.read(area).forEach(series -> stores.put(series.name(), series));
		SeriesFrame a = stores.get(best.a()).read(parameters.column());
		SeriesFrame b = stores.get(best.b()).read(parameters.column());
		publish(output, "top-pair.png", (file) -> Charts.topPair(file, best.a(), a, best.b(), b, headline));
	}

	private static Map<String, Object> manifest(StepExecution step, int series, int dates, Ranking ranking) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("job", step.getJobExecution().getJobInstance().getJobName());
		manifest.put("execution", step.getJobExecutionId());
		manifest.put("parameters", Parameters.byName(step.getJobParameters()));
		manifest.put("series", series);
		manifest.put("dates", dates);
		manifest.put("pairs", (long) series * (series - 1) / 2);
		manifest.put("pairsWithCorrelation", ranking.correlated());
		manifest.put("best", ranking.top().isEmpty() ? null : ranking.top().get(0));
		return manifest;
	}

	private static String transformName(CorrelationParameters parameters) {
		return parameters.transform().name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static void publish(Path output, String name, FileWriter writer) throws IOException {
		Path temporary = output.resolve("." + name + ".tmp");
		writer.write(temporary);
		WorkArea.publish(temporary, output.resolve(name));
	}

	@FunctionalInterface
	private interface FileWriter {

		void write(Path file) throws IOException;

	}

	/** A line of {@code top-pairs.csv}. */
	@JsonPropertyOrder({ "a", "b", "correlation", "common_dates" })
	record TopPair(String a, String b, double correlation, @JsonProperty("common_dates") long commonDates) {
	}

}
