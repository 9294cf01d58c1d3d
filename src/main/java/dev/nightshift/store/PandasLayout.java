package dev.nightshift.store;

/**
 * The names of pandas' fixed format for a DataFrame
 * ({@code df.to_hdf(path, key='data')}), as pandas 1.5 writes and needs them; the writer
 * and the reader share them so the layout is spelled once. Pandas requires (found by
 * deleting attributes one at a time): on the group {@code pandas_type}, {@code ndim},
 * {@code nblocks} and the {@code *_variety}s; {@code kind} on every axis and items
 * dataset; {@code index_class} on axis1; and values either {@code transposed} or stored
 * as [columns][rows].
 */
final class PandasLayout {

	/**
	 * The key the stores are written under, as in {@code pandas.read_hdf(path, 'data')}.
	 */
	static final String KEY = "data";

	static final String PANDAS_TYPE = "pandas_type";

	static final String FRAME = "frame";

	/** The version pandas 1.x and 2.x still write for this format. */
	static final String PANDAS_VERSION = "pandas_version";

	static final String FORMAT_VERSION = "0.15.2";

	static final String NDIM = "ndim";

	static final String NBLOCKS = "nblocks";

	static final String VARIETY = "_variety";

	static final String REGULAR = "regular";

	static final String ENCODING = "encoding";

	static final String UTF_8 = "UTF-8";

	static final String ERRORS = "errors";

	static final String STRICT = "strict";

	/** The column names, in display order. */
	static final String AXIS0 = "axis0";

	/** The index. */
	static final String AXIS1 = "axis1";

	static final String KIND = "kind";

	static final String KIND_STRING = "string";

	/** The only spelling pandas before 2.0 accepts for a nanosecond DatetimeIndex. */
	static final String KIND_DATETIME = "datetime64";

	/**
	 * How pandas 2, which also knows other units, may spell it; the reader accepts both.
	 */
	static final String KIND_DATETIME_NS = "datetime64[ns]";

	static final String INDEX_CLASS = "index_class";

	static final String INDEX_CLASS_DATETIME = "datetime";

	static final String NAME = "name";

	static final String TRANSPOSED = "transposed";

	private PandasLayout() {
	}

	static String items(int block) {
		return "block" + block + "_items";
	}

	static String values(int block) {
		return "block" + block + "_values";
	}

}
