package dev.nightshift.generate;

/**
 * The daily log returns every ticker shares: one market factor and one factor per sector.
 * The market's volatility clusters, as in real markets, by a GARCH(1,1) recursion: after
 * a big move the next days are likely to move a lot too, in every sector at once. The
 * sector factors are plain Gaussian noise.
 */
final class Factors {

	/** The market factor's long-run daily volatility, about 13.5 % a year. */
	static final double MARKET_VOLATILITY = 0.0085;

	/** GARCH(1,1) weight of yesterday's squared return in today's variance. */
	private static final double SHOCK_WEIGHT = 0.08;

	/** GARCH(1,1) weight of yesterday's variance in today's: spells last weeks. */
	private static final double PERSISTENCE = 0.90;

	private final double[] market;

	private final double[][] sectors;

	Factors(RandomDraws draws, int days) {
		this.market = new double[days];
		double longRun = MARKET_VOLATILITY * MARKET_VOLATILITY;
		double variance = longRun;
		for (int day = 0; day < days; day++) {
			double move = Math.sqrt(variance) * draws.gaussian();
			this.market[day] = move;
			variance = longRun * (1 - SHOCK_WEIGHT - PERSISTENCE) + SHOCK_WEIGHT * move * move + PERSISTENCE * variance;
		}
		this.sectors = new double[Sector.values().length][days];
		for (Sector sector : Sector.values()) {
			double[] moves = this.sectors[sector.ordinal()];
			for (int day = 0; day < days; day++) {
				moves[day] = sector.volatility() * draws.gaussian();
			}
		}
	}

	double market(int day) {
		return this.market[day];
	}

	double sector(Sector sector, int day) {
		return this.sectors[sector.ordinal()][day];
	}

}
