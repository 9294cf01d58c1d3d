package dev.nightshift.ops;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The process that runs an execution: its host, pid and start time (a pid alone may be
 * reused), and when it last said it was alive.
 */
public record ExecutionOwner(String host, long pid, Instant processStarted, Instant heartbeat) {

	/** This process, alive at {@code now}. */
	static ExecutionOwner self(Instant now) {
		ProcessHandle process = ProcessHandle.current();
		return new ExecutionOwner(localHost(), process.pid(), process.info().startInstant().orElse(Instant.EPOCH), now);
	}

	static String localHost() {
		// The kernel's name first: InetAddress may wait for a DNS server that does not
		// answer.
		try {
			return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
		}
		catch (IOException | RuntimeException ex) {
			try {
				return InetAddress.getLocalHost().getHostName();
			}
			catch (IOException unknown) {
				return "localhost";
			}
		}
	}

	@Override
	public String toString() {
		return "pid " + this.pid + " on " + this.host;
	}

}
