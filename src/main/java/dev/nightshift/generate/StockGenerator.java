package dev.nightshift.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily stock bars for the ingest and correlation jobs, byte-identical for the same seed,
 * number of tickers and number of days. Each ticker's daily log return mixes a market
 * factor, the factor of one of seven sectors and its own noise, so a correlation job
 * finds real structure: returns correlate at about 0.7 within a sector and 0.15 to 0.3
 * across, depending on how turbulent the market was. All tickers end on
 * {@link #LAST_DAY}, whatever the day the generator runs; about 30 % list later than the
 * period's first day, up to a fifth of the period later; and each ticker misses 0.5 % to
 * 4 % of its days, in gaps of one to five days. One file per ticker,
 * {@code <TICKER>.json}, holds one bar per line, dates ascending: <pre>
 * {"date":"2024-12-31","open":123.45,"high":125.10,"low":122.90,"close":124.20,"volume":1234567}
 * </pre>
 * <p>
 * Every ticker and the factors have their own random streams, so the first {@code k}
 * tickers of a larger universe are those of a universe of {@code k}, bar for bar, over
 * the same days.
 *
 * <pre>{@code
 * StockGenerator generator = new StockGenerator(1);
 * StockGenerator.Written written = generator.generate(Path.of("data/daily-stock"), 20, 504);
 * Map<String, String> sectors = generator.sectors(20); // symbol -> "Technology", ...
 * }</pre>
 */
public final class StockGenerator {

	/** The last day of every period: fixed, so output never depends on today's date. */
	public static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

	public static final int MAX_TICKERS = 100_000;

	/**
	 * About 380 years of business days, which keeps every date within four-digit years.
	 */
	public static final int MAX_DAYS = 100_000;

	private static final int SYMBOLS = 1;

	private static final int LISTINGS = 2;

	private static final int FACTORS = 3;

	private static final int WALKS = 4;

	private final long seed;

	public StockGenerator(long seed) {
		this.seed = seed;
	}

	public long seed() {
		return this.seed;
	}

	/**
	 * Writes one file per ticker into {@code outDir} (created if missing), covering the
	 * {@code days} business days up to {@link #LAST_DAY}. Files of other tickers already
	 * there are left alone.
	 */
	public Written generate(Path outDir, int tickers, int days) throws IOException {
		if (days < 2 || days > MAX_DAYS) {
			throw new IllegalArgumentException(
					"days must be between 2 and " + MAX_DAYS + " (a return needs two closes), got days=" + days);
		}
		List<Listing> listings = listings(tickers);
		Factors factors = new Factors(RandomDraws.stream(this.seed, FACTORS, 0), days);
		BarWriter writer = new BarWriter(BusinessCalendar.endingOn(LAST_DAY, days));
		Files.createDirectories(outDir);
		List<Path> files = new ArrayList<>(tickers);
		long rows = 0;
		for (int index = 0; index < tickers; index++) {
			Listing listing = listings.get(index);
			Path file = outDir.resolve(listing.symbol() + ".json");
			PriceWalk walk = new PriceWalk(listing, factors, RandomDraws.stream(this.seed, WALKS, index));
			try (OutputStream out = Files.newOutputStream(file)) {
				writer.start(out);
				rows += walk.write(writer, days);
				writer.flush();
			}
			files.add(file);
		}
		return new Written(List.copyOf(files), rows);
	}

	/**
	 * Each ticker's sector, in file order, for tests and for checking what a correlation
	 * job found; the files themselves do not say.
	 */
	public Map<String, String> sectors(int tickers) {
		Map<String, String> sectors = new LinkedHashMap<>();
		for (Listing listing : listings(tickers)) {
			sectors.put(listing.symbol(), listing.sector().label());
		}
		return sectors;
	}

	private List<Listing> listings(int tickers) {
		if (tickers < 1 || tickers > MAX_TICKERS) {
			throw new IllegalArgumentException(
					"tickers must be between 1 and " + MAX_TICKERS + ", got tickers=" + tickers);
		}
		List<String> symbols = TickerSymbols.draw(RandomDraws.stream(this.seed, SYMBOLS, 0), tickers);
		List<Listing> listings = new ArrayList<>(tickers);
		for (int index = 0; index < tickers; index++) {
			listings.add(Listing.draw(symbols.get(index), RandomDraws.stream(this.seed, LISTINGS, index)));
		}
		return listings;
	}

	/** The files written, in ticker order, and the number of bars in them. */
	public record Written(List<Path> files, long rows) {
	}

}
