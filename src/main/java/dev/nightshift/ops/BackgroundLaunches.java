package dev.nightshift.ops;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Launches that return at once and run on this process's threads: what {@code serve}'s
 * scheduler and API do. The execution is created before {@link #submit} returns, so its
 * id is known and a launch of an instance that is running or complete is refused then and
 * there; it stays STARTING until a thread is free ({@code nightshift.serve.jobs} run at
 * once).
 *
 * <pre>{@code
 * long id = launches.submit(launcher.prepare("nightly", Map.of(), false)).execution().getId();
 * }</pre>
 */
@Component
public class BackgroundLaunches {

	private static final Log log = LogFactory.getLog(BackgroundLaunches.class);

	private final Launcher launcher;

	private final ExecutionControl control;

	private final ExecutorService threads;

	private final Set<Long> running = ConcurrentHashMap.newKeySet();

	BackgroundLaunches(Launcher launcher, ExecutionControl control, @Value("${nightshift.serve.jobs:2}") int jobs) {
		this.launcher = launcher;
		this.control = control;
		AtomicInteger number = new AtomicInteger();
		this.threads = Executors.newFixedThreadPool(Math.max(1, jobs), runnable -> {
			Thread thread = new Thread(runnable, "job-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * @throws LaunchRefusedException when the instance completed, is running or may not
	 * continue
	 */
	public Started submit(Launch launch) {
		Started started = this.launcher.start(launch);
		long id = started.execution().getId();
		this.running.add(id);
		this.threads.execute(() -> {
			try {
				this.launcher.execute(started);
			}
			catch (RuntimeException ex) {
				log.error("execution " + id + " of " + launch.jobName() + " failed to run", ex);
			}
			finally {
				this.running.remove(id);
			}
		});
		return started;
	}

	/** Executions submitted here that have not ended. */
	public Set<Long> running() {
		return Set.copyOf(this.running);
	}

	/**
	 * Stops every execution still running and waits for them to end (STOPPED, so a
	 * restart continues them), at most {@code timeout}.
	 * @return whether all ended in time
	 */
	public boolean stopAll(Duration timeout) throws InterruptedException {
		for (long id : running()) {
			try {
				this.control.stop(id);
			}
			catch (RuntimeException ex) {
				log.warn("could not stop execution " + id + ": " + ex.getMessage());
			}
		}
		this.threads.shutdown();
		return this.threads.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

}
