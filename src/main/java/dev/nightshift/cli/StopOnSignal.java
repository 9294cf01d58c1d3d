package dev.nightshift.cli;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * While a foreground job runs, SIGTERM and Ctrl-C ask it to stop gracefully instead of
 * killing the JVM: the JVM's shutdown would close H2 and the connection pool under the
 * running job (their hooks race its final save) and leave it STARTED. A second signal
 * exits at once; the execution is then recovered as an orphan later.
 */
final class StopOnSignal implements AutoCloseable {

	private static final List<String> SIGNALS = List.of("TERM", "INT");

	private final List<SignalHandler> previous;

	private StopOnSignal(long executionId, LongConsumer stop) {
		AtomicInteger received = new AtomicInteger();
		SignalHandler handler = signal -> {
			if (received.incrementAndGet() > 1) {
				System.err.println("nightshift: exiting at once; execution " + executionId
						+ " will be recovered as FAILED by the next command");
				Runtime.getRuntime().halt(128 + signal.getNumber());
			}
			System.err.println("nightshift: stopping execution " + executionId
					+ " (running partitions finish their current unit; signal again to exit at once)");
			try {
				stop.accept(executionId);
			}
			catch (RuntimeException ex) {
				System.err.println("nightshift: could not stop execution " + executionId + ": " + ex.getMessage());
			}
		};
		this.previous = SIGNALS.stream().map(name -> Signal.handle(new Signal(name), handler)).toList();
	}

	static StopOnSignal install(long executionId, LongConsumer stop) {
		return new StopOnSignal(executionId, stop);
	}

	@Override
	public void close() {
		for (int i = 0; i < SIGNALS.size(); i++) {
			Signal.handle(new Signal(SIGNALS.get(i)), this.previous.get(i));
		}
	}

}
