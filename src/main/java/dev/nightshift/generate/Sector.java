package dev.nightshift.generate;

/**
 * The industries a ticker belongs to. Each sector has its own daily factor, as oil moves
 * every energy stock and rates every bank, so tickers of one sector move together while
 * tickers of different sectors share only the market. Shares of the universe, typical
 * betas and factor volatilities are plausible round numbers for US large caps, not
 * estimates: technology is the largest and most market-sensitive sector, utilities the
 * quietest.
 */
enum Sector {

	TECHNOLOGY("Technology", 0.22, 1.20, 0.0140),

	FINANCIALS("Financials", 0.16, 1.10, 0.0120),

	HEALTH_CARE("Health Care", 0.14, 0.85, 0.0110),

	CONSUMER("Consumer", 0.16, 0.95, 0.0100),

	INDUSTRIALS("Industrials", 0.14, 1.05, 0.0105),

	ENERGY("Energy", 0.10, 1.00, 0.0160),

	UTILITIES("Utilities", 0.08, 0.60, 0.0085);

	private final String label;

	private final double share;

	private final double beta;

	private final double volatility;

	Sector(String label, double share, double beta, double volatility) {
		this.label = label;
		this.share = share;
		this.beta = beta;
		this.volatility = volatility;
	}

	static Sector draw(RandomDraws draws) {
		double u = draws.uniform();
		for (Sector sector : values()) {
			u -= sector.share;
			if (u < 0) {
				return sector;
			}
		}
		return UTILITIES;
	}

	String label() {
		return this.label;
	}

	/** The typical sensitivity of the sector's tickers to the market factor. */
	double beta() {
		return this.beta;
	}

	/** The standard deviation of the sector factor's daily log return. */
	double volatility() {
		return this.volatility;
	}

}
