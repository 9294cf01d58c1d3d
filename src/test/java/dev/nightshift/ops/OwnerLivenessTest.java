package dev.nightshift.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerLivenessTest {

	private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

	private static final Instant STARTED = NOW.minus(Duration.ofHours(1));

	/**
	 * This host runs pid 100 (started an hour ago) and pid 200 (started a minute ago).
	 */
	private final OwnerLiveness liveness = new OwnerLiveness(
			processes("batch-1", Map.of(100L, STARTED, 200L, NOW.minusSeconds(60))), Clock.fixed(NOW, ZoneOffset.UTC),
			Duration.ofSeconds(60));

	@Test
	void aLiveProcessOnThisHostIsNotGoneHoweverOldItsHeartbeat() {
		assertThat(this.liveness.whyGone(new ExecutionOwner("batch-1", 100, STARTED, NOW.minus(Duration.ofDays(1)))))
			.isEmpty();
	}

	@Test
	void aStartTimeReadWithinTheKernelsTickIsTheSameProcess() {
		assertThat(this.liveness.whyGone(new ExecutionOwner("batch-1", 100, STARTED.plusMillis(400), NOW))).isEmpty();
	}

	@Test
	void aDeadPidOnThisHostIsGone() {
		assertThat(this.liveness.whyGone(new ExecutionOwner("batch-1", 300, STARTED, NOW)))
			.contains("its process (pid 300 on batch-1) is gone");
	}

	@Test
	void aPidReusedByALaterProcessIsGone() {
		assertThat(this.liveness.whyGone(new ExecutionOwner("batch-1", 200, STARTED, NOW)))
			.contains("its process (pid 200 on batch-1) is gone; that pid is now another process");
	}

	@Test
	void anotherHostIsJudgedByItsHeartbeatAlone() {
		// pid 300 is dead here, which says nothing about batch-2.
		assertThat(this.liveness.whyGone(new ExecutionOwner("batch-2", 300, STARTED, NOW.minusSeconds(59)))).isEmpty();
		assertThat(this.liveness.whyGone(new ExecutionOwner("batch-2", 100, STARTED, NOW.minusSeconds(61))))
			.contains("its process (pid 100 on batch-2) sent no heartbeat for 61 s");
	}

	private static OwnerLiveness.Processes processes(String host, Map<Long, Instant> running) {
		return new OwnerLiveness.Processes() {

			@Override
			public String host() {
				return host;
			}

			@Override
			public Optional<Instant> startOf(long pid) {
				return Optional.ofNullable(running.get(pid));
			}

		};
	}

}
