package dev.nightshift.engine;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The engine's knobs ({@code nightshift.engine.*}). Memory per running map or reduce
 * partition is about {@code spillBuffer + mergeFanIn * ioBuffer}, whatever the input
 * size.
 *
 * @param workRoot where each job instance gets its work area
 * @param threads partitions run at once; 0 means one per core
 * @param splitSize bytes of input per map partition
 * @param spillBuffer in-memory sort/combine buffer of one partition before it spills to
 * disk
 * @param mergeFanIn runs merged at once; more are merged in passes
 * @param ioBuffer buffer of each run file read or written
 */
@ConfigurationProperties("nightshift.engine")
public record EngineSettings(Path workRoot, int threads, DataSize splitSize, DataSize spillBuffer, int mergeFanIn,
		DataSize ioBuffer) {

	public EngineSettings {
		if (threads < 0) {
			throw new IllegalArgumentException(
					"nightshift.engine.threads must be 0 (one per core) or more, was " + threads);
		}
		if (mergeFanIn < 2) {
			throw new IllegalArgumentException("nightshift.engine.merge-fan-in must be at least 2, was " + mergeFanIn);
		}
		if (splitSize.toBytes() < 1 || spillBuffer.toBytes() < 1024 || ioBuffer.toBytes() < 64) {
			throw new IllegalArgumentException(
					"nightshift.engine sizes too small: split-size >= 1B, spill-buffer >= 1KB, io-buffer >= 64B");
		}
	}

	public int effectiveThreads() {
		return (this.threads == 0) ? Runtime.getRuntime().availableProcessors() : this.threads;
	}

	public EngineSettings withThreads(int threads) {
		return new EngineSettings(this.workRoot, threads, this.splitSize, this.spillBuffer, this.mergeFanIn,
				this.ioBuffer);
	}

	public EngineSettings withSizes(DataSize splitSize, DataSize spillBuffer, int mergeFanIn) {
		return new EngineSettings(this.workRoot, this.threads, splitSize, spillBuffer, mergeFanIn, this.ioBuffer);
	}

	int ioBufferBytes() {
		return (int) Math.min(this.ioBuffer.toBytes(), 64 << 20);
	}

}
