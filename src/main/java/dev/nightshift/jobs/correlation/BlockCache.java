package dev.nightshift.jobs.correlation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import dev.nightshift.engine.WorkArea;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * The {@link Block}s built in this JVM, so that the tiles sharing a block (each block is
 * in as many tiles as there are blocks) build it once instead of once per tile: the
 * building (reading the series, centring them, checkpoints, masks) cost a tile as much as
 * its products. Only a cache: a tile finds its block rebuilt from the work area in a new
 * process or another JVM. Bounded by bytes, least recently used out first; a block being
 * built by one thread is waited for by the others.
 */
final class BlockCache implements JobExecutionListener {

	private final long budget;

	private final Map<Key, Entry> blocks = new LinkedHashMap<>(16, 0.75f, true);

	private long held;

	/**
	 * @param budget bytes of blocks kept at most (one more may be in use)
	 */
	BlockCache(long budget) {
		this.budget = budget;
	}

	/**
	 * A quarter of the heap: the tiles' own arrays and the rest of the job need the
	 * others.
	 */
	static BlockCache ofHeap() {
		return new BlockCache(Runtime.getRuntime().maxMemory() / 4);
	}

	/** Block {@code block} of the plan, the series of the work area's aligned values. */
	Block get(WorkArea area, TilePlan plan, int block) throws IOException {
		return get(new Key(area.root(), plan, block),
				() -> Block.of(AlignedSeries.read(area, plan.first(block), plan.width(block)).values()));
	}

	Block get(Key key, Builder builder) throws IOException {
		CompletableFuture<Block> future;
		boolean build = false;
		synchronized (this) {
			Entry entry = this.blocks.get(key);
			if (entry == null) {
				entry = new Entry(new CompletableFuture<>());
				this.blocks.put(key, entry);
				build = true;
			}
			future = entry.block;
		}
		if (build) {
			build(key, future, builder);
		}
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for block " + key.block(), ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw (RuntimeException) ex.getCause();
		}
	}

	/** The job's tiles are done, or it failed: a restart builds its blocks again. */
	@Override
	public void afterJob(JobExecution execution) {
		evict(WorkArea.of(execution).root());
	}

	synchronized void evict(Path area) {
		Iterator<Map.Entry<Key, Entry>> entries = this.blocks.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<Key, Entry> entry = entries.next();
			if (entry.getKey().area().equals(area)) {
				this.held -= entry.getValue().bytes;
				entries.remove();
			}
		}
	}

	synchronized long heldBytes() {
		return this.held;
	}

	private void build(Key key, CompletableFuture<Block> future, Builder builder) {
		try {
			Block built = builder.build();
			synchronized (this) {
				Entry entry = this.blocks.get(key);
				if (entry != null && entry.block == future) {
					entry.bytes = built.bytes();
					this.held += entry.bytes;
					evictOverBudget(key);
				}
			}
			future.complete(built);
		}
		catch (IOException | RuntimeException ex) {
			synchronized (this) {
				Entry entry = this.blocks.get(key);
				if (entry != null && entry.block == future) {
					this.blocks.remove(key);
				}
			}
			future.completeExceptionally(ex);
		}
	}

	/** Oldest first, built blocks only, never the one just added. */
	private void evictOverBudget(Key added) {
		Iterator<Map.Entry<Key, Entry>> entries = this.blocks.entrySet().iterator();
		while (this.held > this.budget && entries.hasNext()) {
			Map.Entry<Key, Entry> entry = entries.next();
			if (!entry.getKey().equals(added) && entry.getValue().block.isDone()) {
				this.held -= entry.getValue().bytes;
				entries.remove();
			}
		}
	}

	record Key(Path area, TilePlan plan, int block) {
	}

	interface Builder {

		Block build() throws IOException;

	}

	private static final class Entry {

		private final CompletableFuture<Block> block;

		private long bytes;

		Entry(CompletableFuture<Block> block) {
			this.block = block;
		}

	}

}
