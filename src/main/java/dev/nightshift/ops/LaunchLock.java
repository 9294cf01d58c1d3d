package dev.nightshift.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes "is this instance running? then start an execution" one step across every process
 * that shares the home (and so the repository), so that two launches of one instance at
 * the same moment cannot both start it. Spring Batch's own check and insert are separate
 * transactions. A file lock, since the H2 file lives in the same home; held for
 * milliseconds, never while a job runs.
 */
@Component
class LaunchLock {

	private final Path file;

	/** The file lock belongs to the JVM: threads of one process queue here first. */
	private final ReentrantLock threads = new ReentrantLock();

	LaunchLock(@Value("${nightshift.home}") Path home) {
		this.file = home.resolve("launch.lock");
	}

	<T> T holding(Supplier<T> action) {
		this.threads.lock();
		try {
			Files.createDirectories(this.file.getParent());
			try (FileChannel channel = FileChannel.open(this.file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock lock = channel.lock()) {
				return action.get();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot lock " + this.file, ex);
		}
		finally {
			this.threads.unlock();
		}
	}

}
