package dev.nightshift.jobs.skills;

import java.util.Locale;

import dev.nightshift.engine.Parameters;

/**
 * How the skills job divides its map work, seed 002's two cases: by chunks of postings
 * (each partition matches every skill in its part of the input) or by chunks of the skill
 * list (each partition scans every posting for its chunk, one chunk per engine thread).
 * Both give the same counts.
 */
enum SplitBy {

	POSTINGS, SKILLS;

	static final String PARAMETER = "split-by";

	static SplitBy of(Parameters parameters) {
		return valueOf(parameters.string(PARAMETER).toUpperCase(Locale.ROOT));
	}

	/** The engine's map shards: 1 cuts the input into splits, 0 gives one per thread. */
	int shards() {
		return (this == POSTINGS) ? 1 : 0;
	}

}
