package dev.nightshift.cli;

import java.util.Optional;
import java.util.function.Supplier;

import dev.nightshift.ops.Progress;

/**
 * Shows a running execution: a redrawn bar on a terminal (step, partitions done/total,
 * records/s), or a plain line every few seconds and at each new step when the output is a
 * file or a pipe.
 */
final class ProgressDisplay implements AutoCloseable {

	private static final int WIDTH = 24;

	private final Supplier<Optional<Progress>> source;

	private final boolean terminal;

	private final Thread thread;

	private volatile boolean running = true;

	private String step;

	private long stepStartNanos;

	private long lastRecords;

	private long lastNanos;

	private double rate;

	private long lastPlainNanos;

	private ProgressDisplay(Supplier<Optional<Progress>> source, boolean terminal) {
		this.source = source;
		this.terminal = terminal;
		this.thread = new Thread(this::loop, "progress");
		this.thread.setDaemon(true);
	}

	static ProgressDisplay start(Supplier<Optional<Progress>> source) {
		ProgressDisplay display = new ProgressDisplay(source, System.console() != null);
		display.thread.start();
		return display;
	}

	static ProgressDisplay none() {
		return new ProgressDisplay(Optional::empty, false);
	}

	private void loop() {
		long interval = this.terminal ? 200 : 1000;
		while (this.running) {
			try {
				Thread.sleep(interval);
				this.source.get().ifPresent(this::show);
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				// The repository may be busy or closing; progress is best effort.
			}
		}
	}

	private void show(Progress progress) {
		long now = System.nanoTime();
		boolean newStep = !progress.step().equals(this.step);
		if (newStep) {
			this.step = progress.step();
			this.stepStartNanos = now;
			this.lastRecords = 0;
			this.lastNanos = now;
			this.rate = 0;
		}
		else if (now > this.lastNanos) {
			double instant = (progress.recordsRead() - this.lastRecords) * 1e9 / (now - this.lastNanos);
			this.rate = (this.rate == 0) ? instant : 0.7 * this.rate + 0.3 * instant;
			this.lastRecords = progress.recordsRead();
			this.lastNanos = now;
		}
		long seconds = (now - this.stepStartNanos) / 1_000_000_000L;
		if (this.terminal) {
			System.out.print("\r" + line(progress, seconds) + "\033[K");
			System.out.flush();
		}
		else if (newStep || now - this.lastPlainNanos > 5_000_000_000L) {
			this.lastPlainNanos = now;
			System.out.println(line(progress, seconds));
		}
	}

	private String line(Progress progress, long seconds) {
		StringBuilder line = new StringBuilder("%-8s".formatted(progress.step()));
		if (progress.partitions() > 0) {
			int filled = progress.partitionsDone() * WIDTH / progress.partitions();
			line.append(" [").append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
			line.append("%d/%d partitions".formatted(progress.partitionsDone(), progress.partitions()));
		}
		line.append("  %s records  %s rec/s  %d:%02d".formatted(Reports.compact(progress.recordsRead()),
				Reports.compact((long) this.rate), seconds / 60, seconds % 60));
		return line.toString();
	}

	@Override
	public void close() {
		this.running = false;
		this.thread.interrupt();
		try {
			this.thread.join(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (this.terminal) {
			System.out.print("\r\033[K");
			System.out.flush();
		}
	}

}
