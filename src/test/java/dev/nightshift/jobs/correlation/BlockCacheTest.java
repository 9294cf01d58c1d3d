package dev.nightshift.jobs.correlation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlockCacheTest {

	private static final TilePlan PLAN = new TilePlan(40, 10);

	private static final Path AREA = Path.of("work", "1");

	private final AtomicInteger builds = new AtomicInteger();

	@Test
	void tilesAskingForTheSameBlockAtOnceShareOneBuild() throws Exception {
		BlockCache cache = new BlockCache(Long.MAX_VALUE);
		CountDownLatch building = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Block> first = CompletableFuture.supplyAsync(() -> get(cache, key(AREA, 0), () -> {
			building.countDown();
			await(release);
			return block(10);
		}));
		assertThat(building.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Block> second = CompletableFuture
			.supplyAsync(() -> get(cache, key(AREA, 0), () -> block(10)));
		Thread.sleep(50);
		assertThat(second).isNotDone();
		release.countDown();
		assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(first.get(10, TimeUnit.SECONDS));
		assertThat(this.builds).hasValue(1);
	}

	@Test
	void overItsBudgetTheLeastRecentlyUsedBlockGoes() throws IOException {
		long one = Block.of(SeriesWithGaps.generate(10, 100, 10)).bytes();
		BlockCache cache = new BlockCache(2 * one);
		Block zero = cache.get(key(AREA, 0), () -> block(10));
		cache.get(key(AREA, 1), () -> block(10));
		assertThat(cache.get(key(AREA, 0), () -> block(10))).isSameAs(zero);
		cache.get(key(AREA, 2), () -> block(10));
		assertThat(cache.heldBytes()).isEqualTo(2 * one);
		assertThat(this.builds).hasValue(3);
		cache.get(key(AREA, 0), () -> block(10));
		assertThat(this.builds).as("block 0 was used last, so block 1 went").hasValue(3);
		cache.get(key(AREA, 1), () -> block(10));
		assertThat(this.builds).hasValue(4);
	}

	@Test
	void aBlockLargerThanTheBudgetIsKeptUntilTheNextOne() throws IOException {
		BlockCache cache = new BlockCache(1);
		Block zero = cache.get(key(AREA, 0), () -> block(10));
		assertThat(cache.get(key(AREA, 0), () -> block(10))).isSameAs(zero);
		Block one = cache.get(key(AREA, 1), () -> block(10));
		assertThat(cache.heldBytes()).isEqualTo(one.bytes());
	}

	@Test
	void aFailedBuildIsThrownToEveryTileAndTriedAgainByTheNext() throws IOException {
		BlockCache cache = new BlockCache(Long.MAX_VALUE);
		IOException unreadable = new IOException("values.bin: truncated at 80");
		assertThatThrownBy(() -> cache.get(key(AREA, 0), () -> {
			throw unreadable;
		})).isSameAs(unreadable);
		assertThat(cache.heldBytes()).isZero();
		cache.get(key(AREA, 0), () -> block(10));
		assertThat(this.builds).hasValue(1);
	}

	@Test
	void aFinishedJobsBlocksAreForgottenAndNoOtherJobs() throws IOException {
		BlockCache cache = new BlockCache(Long.MAX_VALUE);
		Path other = Path.of("work", "2");
		cache.get(key(AREA, 0), () -> block(10));
		cache.get(key(AREA, 1), () -> block(10));
		Block kept = cache.get(key(other, 0), () -> block(10));
		cache.evict(AREA);
		assertThat(cache.heldBytes()).isEqualTo(kept.bytes());
		assertThat(cache.get(key(other, 0), () -> block(10))).isSameAs(kept);
		cache.get(key(AREA, 0), () -> block(10));
		assertThat(this.builds).hasValue(4);
	}

	private static BlockCache.Key key(Path area, int block) {
		return new BlockCache.Key(area, PLAN, block);
	}

	private Block block(int width) {
		this.builds.incrementAndGet();
		return Block.of(SeriesWithGaps.generate(width, 100, width));
	}

	private static Block get(BlockCache cache, BlockCache.Key key, BlockCache.Builder builder) {
		try {
			return cache.get(key, builder);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
