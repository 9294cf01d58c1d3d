package dev.nightshift.generate;

/**
 * One ticker's character, drawn once from its own stream. None of it depends on the
 * length of the period, so a ticker keeps its sector, sensitivities and habits whatever
 * the number of days; only its first day scales with the period.
 *
 * @param beta sensitivity to the market factor
 * @param loading sensitivity to its sector's factor
 * @param noise standard deviation of its own daily log return, jumps aside
 * @param volatility standard deviation of its whole daily log return, in the long run
 * @param drift mean daily log return
 * @param lateStart the fraction of the period that passes before it lists, 0 for most
 * @param startPrice the price before its first day
 * @param volume its daily volume on a quiet day, as a median
 * @param gapRate the fraction of its days that are missing, in the long run
 */
record Listing(String symbol, Sector sector, double beta, double loading, double noise, double volatility, double drift,
		double lateStart, double startPrice, double volume, double gapRate) {

	/** The share of tickers that list after the period starts. */
	static final double LATE_LISTINGS = 0.3;

	/** How late they may list, as a fraction of the period. */
	static final double MAX_LATE_START = 0.2;

	static Listing draw(String symbol, RandomDraws draws) {
		Sector sector = Sector.draw(draws);
		double beta = sector.beta() * draws.uniform(0.75, 1.25);
		double loading = draws.uniform(0.8, 1.2);
		double systematic = square(beta * Factors.MARKET_VOLATILITY) + square(loading * sector.volatility());
		// Own variance of 20 % to 56 % of the systematic one: within a sector,
		// correlations
		// of about 0.6 to 0.8; across sectors only the market's share, about 0.2.
		double noise = draws.uniform(0.45, 0.75) * Math.sqrt(systematic);
		double volatility = Math.sqrt(systematic + square(noise) * PriceWalk.JUMPS_VARIANCE_FACTOR);
		double annualReturn = 0.07 + 0.10 * draws.gaussian();
		double drift = annualReturn / 252 - square(volatility) / 2;
		double lateStart = draws.chance(LATE_LISTINGS) ? draws.uniform(0, MAX_LATE_START) : 0;
		double startPrice = Math.max(2, 40 * StrictMath.exp(0.9 * draws.gaussian()));
		double volume = 1.5e6 * StrictMath.exp(draws.gaussian());
		double gapRate = draws.uniform(0.005, 0.04);
		return new Listing(symbol, sector, beta, loading, noise, volatility, drift, lateStart, startPrice, volume,
				gapRate);
	}

	/** Its first day, as an index into the period's {@code days} business days. */
	int startDay(int days) {
		return (int) (this.lateStart * days);
	}

	private static double square(double x) {
		return x * x;
	}

}
