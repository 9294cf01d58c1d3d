package dev.nightshift.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import dev.nightshift.ops.BackgroundLaunches;
import dev.nightshift.schedule.Scheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import sun.misc.Signal;

/**
 * {@code serve}: the scheduler until Ctrl-C or SIGTERM, which stops the running
 * executions gracefully (they end STOPPED and restart where they stopped).
 */
@Command(name = "serve",
		description = "Fire the scheduled jobs (jobs/*.yml with a schedule) until stopped with Ctrl-C or SIGTERM; the runs it started are stopped gracefully.")
class ServeCommand implements Callable<Integer> {

	@ParentCommand
	NightshiftCommand root;

	@Option(names = "--stop-timeout", defaultValue = "300", paramLabel = "SECONDS",
			description = "how long to wait for running executions to stop (default ${DEFAULT-VALUE})")
	long stopTimeout;

	@Override
	public Integer call() throws InterruptedException {
		CountDownLatch stop = new CountDownLatch(1);
		for (String signal : List.of("TERM", "INT")) {
			Signal.handle(new Signal(signal), received -> stop.countDown());
		}
		BackgroundLaunches launches = this.root.bean(BackgroundLaunches.class);
		try (Scheduler scheduler = this.root.bean(Scheduler.class)) {
			System.out.printf("nightshift serve (pid %d): schedules%n", ProcessHandle.current().pid());
			scheduler.start().forEach(line -> System.out.println("  " + line));
			System.out.flush();
			stop.await();
		}
		System.out.println("nightshift serve: stopping; running executions " + launches.running());
		boolean ended = launches.stopAll(Duration.ofSeconds(this.stopTimeout));
		System.out.println(ended ? "nightshift serve: stopped"
				: "nightshift serve: executions still running after the timeout will be recovered as FAILED");
		return 0;
	}

}
