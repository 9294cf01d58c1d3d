package dev.nightshift.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether the owner of a running execution is gone. On this host the process
 * table answers (a dead pid, or a pid now used by a later process); for another host only
 * the heartbeat can, once it is older than the timeout. A live process whose heartbeat is
 * late is not gone: it may be paused, and killing it is the operator's call.
 */
final class OwnerLiveness {

	/** The process table of this host. */
	interface Processes {

		String host();

		/** When the process with this pid started, or empty when there is none. */
		Optional<Instant> startOf(long pid);

		static Processes local() {
			String host = ExecutionOwner.localHost();
			return new Processes() {

				@Override
				public String host() {
					return host;
				}

				@Override
				public Optional<Instant> startOf(long pid) {
					return ProcessHandle.of(pid)
						.filter(ProcessHandle::isAlive)
						.map(process -> process.info().startInstant().orElse(Instant.EPOCH));
				}

			};
		}

	}

	/**
	 * Start times of one process read twice may differ by the clock tick of the kernel.
	 */
	private static final Duration SAME_START = Duration.ofSeconds(1);

	private final Processes processes;

	private final Clock clock;

	private final Duration heartbeatTimeout;

	OwnerLiveness(Processes processes, Clock clock, Duration heartbeatTimeout) {
		this.processes = processes;
		this.clock = clock;
		this.heartbeatTimeout = heartbeatTimeout;
	}

	/** Why the owner is gone, or empty while it may still be running. */
	Optional<String> whyGone(ExecutionOwner owner) {
		if (owner.host().equals(this.processes.host())) {
			Optional<Instant> started = this.processes.startOf(owner.pid());
			if (started.isEmpty()) {
				return Optional.of("its process (" + owner + ") is gone");
			}
			if (Duration.between(started.get(), owner.processStarted()).abs().compareTo(SAME_START) > 0) {
				return Optional.of("its process (" + owner + ") is gone; that pid is now another process");
			}
			return Optional.empty();
		}
		return silentFor(owner.heartbeat())
			.map(silence -> "its process (" + owner + ") sent no heartbeat for " + silence.toSeconds() + " s");
	}

	/** How long since {@code last}, when that is longer than the heartbeat timeout. */
	Optional<Duration> silentFor(Instant last) {
		Duration silence = Duration.between(last, this.clock.instant());
		return (silence.compareTo(this.heartbeatTimeout) > 0) ? Optional.of(silence) : Optional.empty();
	}

}
