package dev.nightshift;

import dev.nightshift.cli.NightshiftCommand;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: the CLI decides what to run and starts Spring when a command needs it. */
@SpringBootApplication
public class NightshiftApplication {

	public static void main(String[] args) {
		System.exit(NightshiftCommand.execute(args));
	}

}
