package dev.nightshift.jobs.correlation;

import java.nio.file.Path;
import java.util.Locale;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The correlation job's parameters (see {@code jobs/correlation.yml}).
 *
 * @param input a folder of stores, or the {@code catalog.json} of one
 * @param output folder of {@code correlation.h5}, {@code top-pairs.csv}, the charts and
 * {@code _SUCCESS}
 * @param column the column of every store that is its series
 * @param transform what is correlated: the values, or their returns
 * @param minPeriods fewer common dates than this give NaN (pandas' {@code min_periods})
 * @param top pairs listed in {@code top-pairs.csv}
 * @param blockSize series per side of a tile of step {@code pairs}; 0 to choose
 */
record CorrelationParameters(Path input, Path output, String column, Transform transform, int minPeriods, int top,
		int blockSize) {

	static CorrelationParameters of(JobParameters parameters) {
		return new CorrelationParameters(Path.of(parameters.getString("input")),
				Path.of(parameters.getString("output")).toAbsolutePath(), parameters.getString("column", "close"),
				Transform.of(parameters.getString("transform", "none")),
				Math.toIntExact(parameters.getLong("min-periods", 1L)), Math.toIntExact(parameters.getLong("top", 20L)),
				Math.toIntExact(parameters.getLong("block-size", 0L)));
	}

	/** Applied to each series on its own dates, before the series are aligned. */
	enum Transform {

		/** The values as stored, as in seed 001. */
		NONE,
		/** {@code x[t] / x[t-1] - 1}: pandas' {@code s.pct_change(fill_method=None)}. */
		RETURNS,
		/** {@code log(x[t]) - log(x[t-1])}: {@code numpy.log(s).diff()}. */
		LOG_RETURNS;

		static Transform of(String name) {
			return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
		}

		/** The transformed series; its first value is NaN unless NONE. */
		double[] apply(double[] values) {
			if (this == NONE) {
				return values;
			}
			double[] result = new double[values.length];
			if (values.length > 0) {
				result[0] = Double.NaN;
			}
			for (int t = 1; t < values.length; t++) {
				result[t] = (this == RETURNS) ? values[t] / values[t - 1] - 1
						: Math.log(values[t]) - Math.log(values[t - 1]);
			}
			return result;
		}

	}

}
