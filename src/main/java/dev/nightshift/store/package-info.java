/**
 * HDF5 series stores on jHDF in pandas' fixed layout:
 * {@code pandas.read_hdf(store, 'data')} returns a DataFrame with a DatetimeIndex, and
 * h5py and h5dump read the files too. Facts behind the layout (which attributes pandas
 * needs, jHDF's traps) are in the project notes ({@code notes/hdf5-pandas.md});
 * {@code PandasStoreTest} checks them against pandas itself.
 */
package dev.nightshift.store;
