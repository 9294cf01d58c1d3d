package dev.nightshift.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.exceptions.HdfException;

/**
 * Stores written together and made durable together. {@link #add} writes a store under a
 * hidden temporary name beside its target and starts forcing it to disk in the
 * background; {@link #commit} waits for those forces, moves each store into place
 * atomically and forces each folder once. A reader sees the old store or the new one,
 * never a mixture (jHDF does not truncate a file it writes over), and a job that records
 * its files as done after the commit finds no empty store after a power cut. Batched, the
 * disk's latency (here 0.3–0.5 ms a sync) hides behind the building of the next frame,
 * and a folder is synced once a batch instead of once a store.
 *
 * <pre>{@code
 * try (StoreBatch stores = new StoreBatch()) {
 *     stores.add(folder.resolve("ACME.h5"), acme);
 *     stores.add(folder.resolve("INITECH.h5"), initech);
 *     stores.commit();
 * }
 * }</pre>
 */
public final class StoreBatch implements AutoCloseable {

	private static final String JHDF_ROOT_ATTRIBUTE = "_jHDF";

	/** Syncs wait on the disk, not the CPU: more of them than cores keep it busy. */
	private static final ThreadPoolExecutor SYNC = syncPool(8);

	private final List<Pending> pending = new ArrayList<>();

	/**
	 * Writes {@code frame} for {@code target}, which the next {@link #commit} puts in
	 * place.
	 * @return the size of the store in bytes
	 * @throws IllegalArgumentException when the frame has no rows or no columns
	 * @throws UncheckedIOException when the file cannot be written
	 * @throws IllegalStateException when jHDF fails to write the file
	 */
	public long add(Path target, SeriesFrame frame) {
		PandasStoreWriter.checkWritable(target, frame);
		return add(target, (hdf) -> PandasStoreWriter.writeFrame(hdf.putGroup(PandasLayout.KEY), frame));
	}

	/**
	 * Like {@link #add(Path, SeriesFrame)} for any content: a new HDF5 file, without
	 * jHDF's marker attribute, whose nodes {@code content} puts.
	 */
	long add(Path target, Content content) {
		Path absolute = target.toAbsolutePath();
		Path temp = absolute.resolveSibling("." + absolute.getFileName() + "."
				+ Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
		try {
			Files.createFile(temp);
			try (WritableHdfFile hdf = HdfFile.write(temp)) {
				hdf.removeAttribute(JHDF_ROOT_ATTRIBUTE);
				content.writeTo(hdf);
			}
			this.pending.add(new Pending(temp, absolute, SYNC.submit(() -> force(temp))));
			return Files.size(temp);
		}
		catch (IOException ex) {
			deleteQuietly(temp);
			throw new UncheckedIOException("Cannot write " + target + ": " + ex, ex);
		}
		catch (HdfException ex) {
			deleteQuietly(temp);
			throw new IllegalStateException("jHDF cannot write " + target + ": " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			deleteQuietly(temp);
			throw ex;
		}
	}

	/**
	 * Puts every store added since the last commit in place, durably.
	 * @throws UncheckedIOException naming the first store that cannot be synced or moved;
	 * the stores before it are in place, the others are not
	 */
	public void commit() {
		Set<Path> folders = new LinkedHashSet<>();
		try {
			for (Pending store : this.pending) {
				awaitForce(store);
			}
			while (!this.pending.isEmpty()) {
				Pending store = this.pending.get(0);
				try {
					Files.move(store.temp(), store.target(), StandardCopyOption.ATOMIC_MOVE,
							StandardCopyOption.REPLACE_EXISTING);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot write " + store.target() + ": " + ex, ex);
				}
				this.pending.remove(0);
				folders.add(store.target().getParent());
			}
		}
		finally {
			folders.forEach(StoreBatch::forceDirectory);
		}
	}

	/** Deletes the temporary files of stores added and not committed. */
	@Override
	public void close() {
		for (Pending store : this.pending) {
			store.forced().cancel(false);
			deleteQuietly(store.temp());
		}
		this.pending.clear();
	}

	private static void awaitForce(Pending store) {
		try {
			store.forced().get();
		}
		catch (ExecutionException ex) {
			throw new UncheckedIOException("Cannot write " + store.target() + ": " + ex.getCause(),
					(ex.getCause() instanceof IOException io) ? io : new IOException(ex.getCause()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UncheckedIOException("Interrupted while writing " + store.target(), new IOException(ex));
		}
	}

	private static Void force(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		return null;
	}

	/**
	 * Makes the moves durable where a directory can be opened (Linux, macOS; not
	 * Windows).
	 */
	private static void forceDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// The stores are in place; only the moves' durability is left to the file
			// system.
		}
	}

	private static void deleteQuietly(Path temp) {
		try {
			Files.deleteIfExists(temp);
		}
		catch (IOException ex) {
			// Keep the write's own outcome; a hidden .tmp left behind is never taken for
			// a store.
		}
	}

	private static ThreadPoolExecutor syncPool(int threads) {
		ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), (task) -> {
					Thread thread = new Thread(task, "store-sync");
					thread.setDaemon(true);
					return thread;
				});
		pool.allowCoreThreadTimeOut(true);
		return pool;
	}

	/** Puts the nodes of a store into its file. */
	interface Content {

		void writeTo(WritableHdfFile hdf);

	}

	private record Pending(Path temp, Path target, Future<Void> forced) {
	}

}
