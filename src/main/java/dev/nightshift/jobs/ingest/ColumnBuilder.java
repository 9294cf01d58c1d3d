package dev.nightshift.jobs.ingest;

import java.util.Arrays;

import dev.nightshift.store.SeriesFrame;

/**
 * One numeric field of a file being read, grown as records arrive. Its values are kept as
 * longs while every one is a JSON integer, as pandas' {@code read_json} does, and switch
 * to doubles at the first fraction or missing value. The value of a record is staged
 * first and kept only if the whole record is accepted.
 */
final class ColumnBuilder {

	private final String name;

	/** The values as longs, or as the bits of doubles once {@link #integral} is false. */
	private long[] values;

	private int size;

	private boolean integral;

	private boolean staged;

	private boolean stagedIntegral;

	private long stagedBits;

	/** A column first seen after {@code rowsBefore} accepted records, which lack it. */
	ColumnBuilder(String name, int rowsBefore) {
		this.name = name;
		this.values = new long[Math.max(1024, rowsBefore * 2)];
		this.integral = rowsBefore == 0;
		Arrays.fill(this.values, 0, rowsBefore, Double.doubleToRawLongBits(Double.NaN));
		this.size = rowsBefore;
	}

	String name() {
		return this.name;
	}

	void stage(long value) {
		this.staged = true;
		this.stagedIntegral = true;
		this.stagedBits = value;
	}

	void stage(double value) {
		this.staged = true;
		this.stagedIntegral = false;
		this.stagedBits = Double.doubleToRawLongBits(value);
	}

	/** Keeps the staged value, or a missing one (NaN) when the record had none. */
	void accept() {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		if (this.staged && this.stagedIntegral) {
			this.values[this.size++] = this.integral ? this.stagedBits
					: Double.doubleToRawLongBits((double) this.stagedBits);
		}
		else {
			toDoubles();
			this.values[this.size++] = this.staged ? this.stagedBits : Double.doubleToRawLongBits(Double.NaN);
		}
		this.staged = false;
	}

	void discard() {
		this.staged = false;
	}

	/**
	 * The kept rows, in {@code order} (indices into the rows, as {@link TimeOrder} chose
	 * them).
	 */
	SeriesFrame.Column column(int[] order) {
		if (this.integral) {
			long[] longs = new long[order.length];
			for (int i = 0; i < order.length; i++) {
				longs[i] = this.values[order[i]];
			}
			return SeriesFrame.Column.ofLongs(this.name, longs);
		}
		double[] doubles = new double[order.length];
		for (int i = 0; i < order.length; i++) {
			doubles[i] = Double.longBitsToDouble(this.values[order[i]]);
		}
		return SeriesFrame.Column.ofDoubles(this.name, doubles);
	}

	private void toDoubles() {
		if (this.integral) {
			for (int i = 0; i < this.size; i++) {
				this.values[i] = Double.doubleToRawLongBits(this.values[i]);
			}
			this.integral = false;
		}
	}

}
