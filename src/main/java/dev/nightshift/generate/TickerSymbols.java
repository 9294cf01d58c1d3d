package dev.nightshift.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Symbols that look like real tickers: two to five capitals, mostly three or four, with
 * letters weighted as in company abbreviations (many S, C and A; few Q, X and Z). They
 * are drawn in order from their own stream and never repeated, so the first symbols are
 * the same however many are drawn. CON, PRN, AUX and NUL are skipped: Windows cannot
 * create a file named {@code CON.json}.
 */
final class TickerSymbols {

	private static final String LETTERS = "AAAAABBBCCCCCDDDEEEEFFGGGHHIIIJKKLLLLMMMMNNNNOOOPPPPQRRRRSSSSSSTTTTUUVVWWXYZ";

	/** Of every 20 symbols: 1 has two letters, 7 three, 10 four, 2 five. */
	private static final int[] LENGTHS = { 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5 };

	private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL");

	private TickerSymbols() {
	}

	static List<String> draw(RandomDraws draws, int count) {
		List<String> symbols = new ArrayList<>(count);
		Set<String> seen = new HashSet<>(count * 2);
		char[] letters = new char[5];
		while (symbols.size() < count) {
			int length = LENGTHS[draws.below(LENGTHS.length)];
			for (int i = 0; i < length; i++) {
				letters[i] = LETTERS.charAt(draws.below(LETTERS.length()));
			}
			String symbol = new String(letters, 0, length);
			if (!RESERVED.contains(symbol) && seen.add(symbol)) {
				symbols.add(symbol);
			}
		}
		return symbols;
	}

}
