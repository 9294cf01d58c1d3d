package dev.nightshift.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import dev.nightshift.definition.InvalidParameterException;
import dev.nightshift.web.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import org.springframework.core.env.Environment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code user add <name> --role viewer|operator}: a user of {@code serve}'s API, its
 * password read from the terminal (twice) or from standard input, stored as a bcrypt hash
 * in {@code $NIGHTSHIFT_HOME/serve.properties} (readable by its owner only), which the
 * application reads as configuration.
 */
@Command(name = "user", description = "Manage the users of serve's REST API.", subcommands = UserCommand.Add.class)
class UserCommand {

	static final String FILE = "serve.properties";

	@ParentCommand
	NightshiftCommand root;

	@Command(name = "add",
			description = "Add or replace a user of serve's API; the password is asked for, or read from standard input.")
	static class Add implements Callable<Integer> {

		private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

		@ParentCommand
		UserCommand user;

		@Parameters(index = "0", paramLabel = "NAME", description = "letters, digits, '.', '_' or '-'")
		String name;

		@Option(names = "--role", required = true,
				description = "viewer (reads) or operator (also launches, restarts, stops, abandons)")
		String role;

		@Override
		public Integer call() throws IOException {
			if (!NAME.matcher(this.name).matches()) {
				throw new InvalidParameterException("NAME", this.name, "letters, digits, '.', '_' or '-'");
			}
			Role granted;
			try {
				granted = Role.of(this.name, this.role);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidParameterException("--role", this.role, "viewer or operator");
			}
			char[] password = readPassword();
			Path home = Path.of(this.user.root.bean(Environment.class).getRequiredProperty("nightshift.home"));
			Path file = home.resolve(FILE);
			Properties users = new Properties();
			if (Files.exists(file)) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					users.load(reader);
				}
			}
			String prefix = "nightshift.serve.users." + this.name;
			users.setProperty(prefix + ".password",
					"{bcrypt}" + new BCryptPasswordEncoder().encode(new String(password)));
			users.setProperty(prefix + ".role", granted.name().toLowerCase(Locale.ROOT));
			Arrays.fill(password, '\0');
			write(file, users);
			System.out.printf("user %s (%s) saved in %s; restart serve to use it%n", this.name,
					granted.name().toLowerCase(Locale.ROOT), file);
			return 0;
		}

		private static char[] readPassword() throws IOException {
			Console console = System.console();
			if (console != null) {
				char[] password = console.readPassword("password: ");
				char[] again = console.readPassword("again: ");
				if (password == null || !Arrays.equals(password, again)) {
					throw new InvalidParameterException("password", "the two passwords differ");
				}
				return nonEmpty(password);
			}
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			return nonEmpty((line != null) ? line.toCharArray() : new char[0]);
		}

		private static char[] nonEmpty(char[] password) {
			if (password.length == 0) {
				throw new InvalidParameterException("password", "an empty password is not accepted");
			}
			return password;
		}

		private static void write(Path file, Properties users) throws IOException {
			Files.createDirectories(file.getParent());
			Path temporary = Files.createTempFile(file.getParent(), "." + FILE, ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				users.store(writer, "users of serve's API (./nightshift user add)");
			}
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}

	}

}
