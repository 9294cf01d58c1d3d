/**
 * Time-series stores that pandas reads with {@code pandas.read_hdf(path, 'data')}: one
 * HDF5 file per {@link SeriesFrame} (a DatetimeIndex plus float64 and int64 columns) in
 * pandas' fixed format, written and read in pure Java with jHDF, so jobs need no native
 * HDF5 library and analysts need nothing but pandas. The package owns that layout, in one
 * place ({@code PandasLayout}), and the atomic replacement of a store; it also reads
 * stores that pandas wrote itself. It is a plain library: it must not import Spring nor
 * anything from {@code dev.nightshift.engine}, {@code jobs}, {@code ops} or {@code cli},
 * which may use it.
 */
package dev.nightshift.store;
