package dev.nightshift.ops;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Tells the repository, every heartbeat interval, that the executions this process runs
 * are alive; a process on another host that stops doing so is taken for dead.
 */
@Component
class Heartbeat implements DisposableBean {

	private static final Log logger = LogFactory.getLog(Heartbeat.class);

	private final ExecutionOwners owners;

	private final Clock clock;

	private final long intervalMillis;

	private final Set<Long> running = ConcurrentHashMap.newKeySet();

	private ScheduledExecutorService timer;

	Heartbeat(ExecutionOwners owners, Clock clock, OpsSettings settings) {
		this.owners = owners;
		this.clock = clock;
		this.intervalMillis = settings.heartbeatInterval().toMillis();
	}

	synchronized void track(long executionId) {
		this.running.add(executionId);
		if (this.timer == null) {
			this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
				Thread thread = new Thread(task, "heartbeat");
				thread.setDaemon(true);
				return thread;
			});
			this.timer.scheduleWithFixedDelay(this::beat, this.intervalMillis, this.intervalMillis,
					TimeUnit.MILLISECONDS);
		}
	}

	void untrack(long executionId) {
		this.running.remove(executionId);
	}

	private void beat() {
		try {
			this.owners.beat(List.copyOf(this.running), this.clock.instant());
		}
		catch (RuntimeException ex) {
			logger.warn("Heartbeat of executions " + this.running + " failed; the next one retries", ex);
		}
	}

	@Override
	public synchronized void destroy() {
		if (this.timer != null) {
			this.timer.shutdownNow();
		}
	}

}
