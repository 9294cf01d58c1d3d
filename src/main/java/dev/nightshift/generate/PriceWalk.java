package dev.nightshift.generate;

import java.io.IOException;

/**
 * One ticker's bars, as a geometric Brownian motion driven by the shared factors. Its
 * daily log return is {@code drift + beta * market + loading * sector + noise * z}, where
 * {@code z} is standard normal plus, on about one day a quarter, a jump three times as
 * wide (earnings, news): fat tails without a second model. The open takes part of the
 * day's move plus overnight noise, high and low reach beyond open and close by a
 * half-normal amount, and volume grows with the size of the move. Days go on while a
 * ticker is halted or its data is missing, so the first bar after a gap opens where the
 * market took the price meanwhile.
 */
final class PriceWalk {

	/** About one news day a quarter. */
	static final double JUMP_CHANCE = 1.0 / 63;

	/** A jump's standard deviation, in units of the ticker's own noise. */
	static final double JUMP_SIZE = 3;

	/** How much the jumps add to the variance of the ticker's own noise. */
	static final double JUMPS_VARIANCE_FACTOR = 1 + JUMP_CHANCE * JUMP_SIZE * JUMP_SIZE;

	/** The share of the day's move that happens overnight, before the open. */
	private static final double OVERNIGHT_SHARE = 0.3;

	/** Overnight noise beyond that share, in daily volatilities. */
	private static final double OVERNIGHT_NOISE = 0.25;

	/** How far high and low reach beyond open and close, in daily volatilities. */
	private static final double EXCURSION = 0.5;

	/** The spread of the logarithm of volume around a ticker's quiet-day median. */
	private static final double VOLUME_NOISE = 0.35;

	/**
	 * Extra volume, as a share of a quiet day's, per daily volatility the price moves.
	 */
	private static final double VOLUME_PER_MOVE = 0.8;

	/** Gaps last 1 to 5 days, 3 on average. */
	private static final int LONGEST_GAP = 5;

	private final Listing listing;

	private final Factors factors;

	private final RandomDraws draws;

	PriceWalk(Listing listing, Factors factors, RandomDraws draws) {
		this.listing = listing;
		this.factors = factors;
		this.draws = draws;
	}

	/**
	 * Writes the bars from the listing's first day to the period's last, which is never
	 * missing (nor is the first), and returns how many it wrote.
	 */
	int write(BarWriter writer, int days) throws IOException {
		Listing ticker = this.listing;
		double volatility = ticker.volatility();
		double gapChance = ticker.gapRate() / ((1 + LONGEST_GAP) / 2.0);
		double close = ticker.startPrice();
		int first = ticker.startDay(days);
		int gapLeft = 0;
		int rows = 0;
		for (int day = first; day < days; day++) {
			double z = this.draws.gaussian();
			if (this.draws.chance(JUMP_CHANCE)) {
				z += JUMP_SIZE * this.draws.gaussian();
			}
			double move = ticker.drift() + ticker.beta() * this.factors.market(day)
					+ ticker.loading() * this.factors.sector(ticker.sector(), day) + ticker.noise() * z;
			double overnight = OVERNIGHT_SHARE * move + OVERNIGHT_NOISE * volatility * this.draws.gaussian();
			double open = close * StrictMath.exp(overnight);
			close = close * StrictMath.exp(move);
			double high = Math.max(open, close) * StrictMath.exp(EXCURSION * volatility * excursion());
			double low = Math.min(open, close) * StrictMath.exp(-EXCURSION * volatility * excursion());
			double volume = ticker.volume() * StrictMath.exp(VOLUME_NOISE * this.draws.gaussian())
					* (1 + VOLUME_PER_MOVE * Math.abs(move) / volatility);
			if (gapLeft == 0 && day > first && this.draws.chance(gapChance)) {
				gapLeft = 1 + this.draws.below(LONGEST_GAP);
			}
			if (gapLeft > 0 && day < days - 1) {
				gapLeft--;
				continue;
			}
			// Rounding is monotone, so low <= open, close <= high survives it.
			writer.bar(day, cents(open), cents(high), cents(low), cents(close), Math.max(1, Math.round(volume)));
			rows++;
		}
		return rows;
	}

	private double excursion() {
		return Math.abs(this.draws.gaussian());
	}

	/** Whole cents, at least one: a price that decays towards zero still prints. */
	private static long cents(double price) {
		return Math.max(1, Math.round(price * 100));
	}

}
