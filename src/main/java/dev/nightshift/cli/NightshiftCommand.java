package dev.nightshift.cli;

import java.io.PrintWriter;

import dev.nightshift.NightshiftApplication;
import dev.nightshift.ServeOnlyAutoConfigurations;
import dev.nightshift.definition.InvalidDefinitionException;
import dev.nightshift.definition.InvalidParameterException;
import dev.nightshift.ops.ExitCodes;
import dev.nightshift.ops.LaunchRefusedException;
import org.apache.commons.logging.LogFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code nightshift} command. Subcommands ask for Spring beans through {@link #bean};
 * the application context starts on the first such call, so {@code --help} and usage
 * errors answer at once.
 */
@Command(name = "nightshift", mixinStandardHelpOptions = true, version = "nightshift 0.1.0",
		description = "Restartable batch jobs on Spring Batch.",
		subcommands = { JobsCommand.class, LaunchCommand.class, RestartCommand.class, StopCommand.class,
				AbandonCommand.class, RecoverCommand.class, PurgeCommand.class, StatusCommand.class, ListCommand.class,
				ServeCommand.class, UserCommand.class, GenerateCommand.class })
public class NightshiftCommand implements Runnable {

	private ConfigurableApplicationContext context;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(), "a command is required");
	}

	<T> T bean(Class<T> type) {
		if (this.context == null) {
			this.context = new SpringApplication(NightshiftApplication.class).run();
		}
		return this.context.getBean(type);
	}

	/**
	 * Starts the web application context of {@code serve} (the API on {@code port}), in
	 * which {@link #bean} then finds its beans.
	 */
	void startServer(int port) {
		this.context = new SpringApplication(NightshiftApplication.class).run(
				"--spring.main.web-application-type=servlet", "--" + ServeOnlyAutoConfigurations.SERVE + "=true",
				"--server.port=" + port);
	}

	/** Runs a command line and returns the process exit code. */
	public static int execute(String... args) {
		NightshiftCommand root = new NightshiftCommand();
		CommandLine commandLine = new CommandLine(root);
		commandLine.setExecutionExceptionHandler(NightshiftCommand::handle);
		try {
			return commandLine.execute(args);
		}
		finally {
			if (root.context != null) {
				root.context.close();
			}
		}
	}

	private static int handle(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
		PrintWriter err = commandLine.getErr();
		Throwable cause = explain(ex);
		if (cause instanceof InvalidParameterException || cause instanceof InvalidDefinitionException) {
			err.println("error: " + cause.getMessage());
			return ExitCodes.USAGE;
		}
		if (cause instanceof LaunchRefusedException) {
			err.println("refused: " + cause.getMessage());
			return ExitCodes.REFUSED;
		}
		err.println("error: " + cause.getMessage() + " (details in the log under NIGHTSHIFT_HOME/logs)");
		LogFactory.getLog(NightshiftCommand.class).error("command failed", ex);
		return ExitCodes.FAILED;
	}

	/**
	 * The exception an operator should read: ours if one is in the chain (start-up wraps
	 * them).
	 */
	private static Throwable explain(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidParameterException || cause instanceof InvalidDefinitionException
					|| cause instanceof LaunchRefusedException) {
				return cause;
			}
		}
		return ex;
	}

}
