package dev.nightshift.engine;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

import org.springframework.batch.core.job.JobExecution;

/**
 * The intermediate files of one job instance, under
 * {@code <workRoot>/<first execution id>}. Its path lives in the job's execution context,
 * which a restart inherits, so a restarted execution finds the outputs of the partitions
 * that completed before: steps read their inputs from here, never from the step
 * executions of the current run.
 */
public final class WorkArea {

	public static final String CONTEXT_KEY = "nightshift.work";

	private final Path root;

	WorkArea(Path root) {
		this.root = root;
	}

	public static WorkArea of(JobExecution execution) {
		String root = execution.getExecutionContext().getString(CONTEXT_KEY, null);
		if (root == null) {
			throw new IllegalStateException("execution " + execution.getId() + " has no work area");
		}
		return new WorkArea(Path.of(root));
	}

	public Path root() {
		return this.root;
	}

	Path plan() {
		return this.root.resolve("splits.tsv");
	}

	Path mapOutput(String partition) {
		return this.root.resolve("map").resolve(partition);
	}

	Path shuffleOutput(int partition) {
		return SpillingSorter.partFile(this.root.resolve("shuffle"), partition);
	}

	Path reduceOutput(int partition) {
		return SpillingSorter.partFile(this.root.resolve("reduce"), partition);
	}

	/** The folder holding the copy of a {@link SideInput}, under its original name. */
	Path sideInput(String name) {
		return this.root.resolve("side").resolve(name);
	}

	Path scratch(String name) {
		return this.root.resolve("tmp").resolve(name);
	}

	/** A fresh, empty scratch folder, whatever an earlier attempt left there. */
	Path freshScratch(String name) throws IOException {
		Path dir = scratch(name);
		deleteRecursively(dir);
		Files.createDirectories(dir);
		return dir;
	}

	/** Replaces {@code target} (a file or folder) with {@code source} in one rename. */
	public static void publish(Path source, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		if (Files.isDirectory(target)) {
			deleteRecursively(target);
		}
		Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	public static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		Files.walkFileTree(path, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}

		});
	}

}
