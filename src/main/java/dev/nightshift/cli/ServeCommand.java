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

import org.springframework.core.env.Environment;

/**
 * {@code serve}: the REST API and the scheduler until Ctrl-C or SIGTERM, which stops the
 * running executions gracefully (they end STOPPED and restart where they stopped).
 */
@Command(name = "serve",
		description = "Serve the REST API on 127.0.0.1 and fire the scheduled jobs (jobs/*.yml with a schedule) until stopped with Ctrl-C or SIGTERM; the runs it started are stopped gracefully.")
class ServeCommand implements Callable<Integer> {

	@ParentCommand
	NightshiftCommand root;

	@Option(names = "--port", defaultValue = "8080",
			description = "port of the API on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 = any free)")
	int port;

	@Option(names = "--stop-timeout", defaultValue = "300", paramLabel = "SECONDS",
			description = "how long to wait for running executions to stop (default ${DEFAULT-VALUE})")
	long stopTimeout;

	@Override
	public Integer call() throws InterruptedException {
		CountDownLatch stop = new CountDownLatch(1);
		for (String signal : List.of("TERM", "INT")) {
			Signal.handle(new Signal(signal), received -> stop.countDown());
		}
		this.root.startServer(this.port);
		BackgroundLaunches launches = this.root.bean(BackgroundLaunches.class);
		Environment environment = this.root.bean(Environment.class);
		try (Scheduler scheduler = this.root.bean(Scheduler.class)) {
			System.out.printf("nightshift serve (pid %d): the API on http://%s:%s/api (OpenAPI at /v3/api-docs)%n",
					ProcessHandle.current().pid(), environment.getProperty("server.address"),
					environment.getProperty("local.server.port"));
			List<String> schedules = scheduler.start();
			System.out.println("schedules:" + (schedules.isEmpty() ? " none (a definition's schedule: adds one)" : ""));
			schedules.forEach(line -> System.out.println("  " + line));
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
