package dev.nightshift.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StockGeneratorTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Prices with exactly two decimals, never an exponent; nothing but the six fields.
	 */
	private static final String LINE = "\\{\"date\":\"\\d{4}-\\d\\d-\\d\\d\",\"open\":P,\"high\":P,\"low\":P,\"close\":P,\"volume\":\\d+\\}"
		.replace("P", "\\d+\\.\\d\\d");

	@TempDir
	Path temp;

	@Test
	void sameArgumentsGiveByteIdenticalFiles() throws IOException {
		StockGenerator.Written first = new StockGenerator(42).generate(this.temp.resolve("a"), 12, 150);
		StockGenerator.Written second = new StockGenerator(42).generate(this.temp.resolve("b"), 12, 150);

		assertThat(first.files()).hasSize(12);
		assertThat(second.rows()).isEqualTo(first.rows());
		for (int i = 0; i < first.files().size(); i++) {
			assertThat(second.files().get(i).getFileName()).isEqualTo(first.files().get(i).getFileName());
			assertThat(Files.mismatch(first.files().get(i), second.files().get(i))).isEqualTo(-1L);
		}
	}

	@Test
	void differentSeedsGiveDifferentTickersAndPrices() throws IOException {
		Map<String, String> one = new StockGenerator(1).sectors(30);
		Map<String, String> two = new StockGenerator(2).sectors(30);

		assertThat(one.keySet()).isNotEqualTo(two.keySet());
		List<Bar> first = read(new StockGenerator(1).generate(this.temp.resolve("one"), 1, 100).files().get(0));
		List<Bar> other = read(new StockGenerator(2).generate(this.temp.resolve("two"), 1, 100).files().get(0));
		assertThat(first.get(first.size() - 1).close()).isNotEqualTo(other.get(other.size() - 1).close());
	}

	@Test
	void theFirstTickersDoNotDependOnHowManyAreGenerated() throws IOException {
		List<Path> few = new StockGenerator(5).generate(this.temp.resolve("few"), 4, 120).files();
		List<Path> many = new StockGenerator(5).generate(this.temp.resolve("many"), 40, 120).files();

		for (int i = 0; i < few.size(); i++) {
			assertThat(Files.mismatch(few.get(i), many.get(i))).isEqualTo(-1L);
		}
	}

	@Test
	void symbolsAreDistinctTwoToFiveCapitalsAndEachHasASector() {
		Map<String, String> sectors = new StockGenerator(3).sectors(3000);

		assertThat(sectors).hasSize(3000);
		assertThat(sectors.keySet()).allSatisfy(symbol -> assertThat(symbol).matches("[A-Z]{2,5}"))
			.doesNotContain("CON", "PRN", "AUX", "NUL");
		assertThat(new HashSet<>(sectors.values())).hasSize(7);
	}

	@Test
	void everyLineHasExactlyTheSixFieldsWithConsistentPricesInCents() throws IOException {
		StockGenerator.Written written = new StockGenerator(11).generate(this.temp, 30, 260);

		long rows = 0;
		for (Path file : written.files()) {
			assertThat(file.getFileName().toString()).matches("[A-Z]{2,5}\\.json");
			for (String line : Files.readAllLines(file)) {
				JsonNode node = JSON.readTree(line);
				assertThat(node.propertyNames()).containsExactly("date", "open", "high", "low", "close", "volume");
				assertThat(line).matches(LINE);
				assertThat(node.get("volume").isIntegralNumber()).isTrue();
				assertThat(node.get("volume").asLong()).isPositive();
				Bar bar = Bar.of(node);
				assertThat(bar.low()).isPositive();
				assertThat(bar.low()).isLessThanOrEqualTo(Math.min(bar.open(), bar.close()));
				assertThat(bar.high()).isGreaterThanOrEqualTo(Math.max(bar.open(), bar.close()));
				rows++;
			}
		}
		assertThat(rows).isEqualTo(written.rows());
	}

	@Test
	void datesAreAscendingBusinessDaysEndingTogetherWithLaterStartsAndFewGaps() throws IOException {
		int days = 250;
		List<Path> files = new StockGenerator(13).generate(this.temp, 40, days).files();

		Set<LocalDate> starts = new HashSet<>();
		Set<LocalDate> anyTicker = new HashSet<>();
		int nearlyComplete = 0;
		for (Path file : files) {
			List<LocalDate> dates = read(file).stream().map(Bar::date).toList();
			for (int i = 1; i < dates.size(); i++) {
				assertThat(dates.get(i)).isAfter(dates.get(i - 1));
			}
			assertThat(dates).allMatch(BusinessCalendar::isBusinessDay);
			assertThat(dates.get(dates.size() - 1)).isEqualTo(StockGenerator.LAST_DAY);
			assertThat(dates.size()).isBetween(days * 3 / 4, days);
			nearlyComplete += (dates.size() >= days * 9 / 10) ? 1 : 0;
			starts.add(dates.get(0));
			anyTicker.addAll(dates);
		}
		assertThat(starts).hasSizeGreaterThan(5);
		assertThat(nearlyComplete).isGreaterThan(files.size() * 6 / 10);
		assertThat(anyTicker).hasSize(days)
			.contains(LocalDate.of(2024, 12, 24), LocalDate.of(2024, 12, 26))
			.doesNotContain(LocalDate.of(2024, 12, 25));
	}

	@Test
	void returnsCorrelateClearlyMoreWithinASectorThanAcross() throws IOException {
		int tickers = 40;
		StockGenerator generator = new StockGenerator(17);
		List<Path> files = generator.generate(this.temp, tickers, 504).files();
		Map<String, String> sectors = generator.sectors(tickers);

		Map<String, TreeMap<LocalDate, Double>> closes = new LinkedHashMap<>();
		for (Path file : files) {
			TreeMap<LocalDate, Double> series = new TreeMap<>();
			read(file).forEach(bar -> series.put(bar.date(), bar.close()));
			closes.put(file.getFileName().toString().replace(".json", ""), series);
		}
		assertThat(closes.keySet()).containsExactlyElementsOf(sectors.keySet());
		double within = 0;
		double across = 0;
		int withinPairs = 0;
		int acrossPairs = 0;
		List<String> symbols = new ArrayList<>(closes.keySet());
		for (int i = 0; i < symbols.size(); i++) {
			for (int j = i + 1; j < symbols.size(); j++) {
				double correlation = returnCorrelation(closes.get(symbols.get(i)), closes.get(symbols.get(j)));
				if (sectors.get(symbols.get(i)).equals(sectors.get(symbols.get(j)))) {
					within += correlation;
					withinPairs++;
				}
				else {
					across += correlation;
					acrossPairs++;
				}
			}
		}
		assertThat(withinPairs).isGreaterThan(50);
		assertThat(within / withinPairs).isBetween(0.6, 0.9);
		assertThat(across / acrossPairs).isBetween(0.05, 0.4);
		assertThat(within / withinPairs - across / acrossPairs).isGreaterThan(0.3);
	}

	@Test
	void tooFewTickersOrDaysAreRefused() {
		StockGenerator generator = new StockGenerator(1);

		assertThatIllegalArgumentException().isThrownBy(() -> generator.generate(this.temp, 0, 10))
			.withMessageContaining("tickers=0");
		assertThatIllegalArgumentException().isThrownBy(() -> generator.generate(this.temp, 3, 1))
			.withMessageContaining("days=1");
	}

	/**
	 * Pearson correlation of daily log returns on the dates both tickers have; a return
	 * spans a gap in either.
	 */
	private static double returnCorrelation(TreeMap<LocalDate, Double> a, TreeMap<LocalDate, Double> b) {
		List<double[]> returns = new ArrayList<>();
		double[] previous = null;
		for (Map.Entry<LocalDate, Double> entry : a.entrySet()) {
			Double other = b.get(entry.getKey());
			if (other != null) {
				double[] closes = { entry.getValue(), other };
				if (previous != null) {
					returns.add(new double[] { Math.log(closes[0] / previous[0]), Math.log(closes[1] / previous[1]) });
				}
				previous = closes;
			}
		}
		double meanX = returns.stream().mapToDouble(r -> r[0]).average().orElseThrow();
		double meanY = returns.stream().mapToDouble(r -> r[1]).average().orElseThrow();
		double xy = 0;
		double xx = 0;
		double yy = 0;
		for (double[] r : returns) {
			xy += (r[0] - meanX) * (r[1] - meanY);
			xx += (r[0] - meanX) * (r[0] - meanX);
			yy += (r[1] - meanY) * (r[1] - meanY);
		}
		return xy / Math.sqrt(xx * yy);
	}

	private static List<Bar> read(Path file) throws IOException {
		return Files.readAllLines(file).stream().map(line -> Bar.of(JSON.readTree(line))).toList();
	}

	private record Bar(LocalDate date, double open, double high, double low, double close) {

		static Bar of(JsonNode node) {
			return new Bar(LocalDate.parse(node.get("date").asString()), node.get("open").asDouble(),
					node.get("high").asDouble(), node.get("low").asDouble(), node.get("close").asDouble());
		}

	}

}
