package dev.nightshift.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A small file every map partition needs whole, beside its split: a list to look for, a
 * lookup table (Hadoop's distributed cache, Spark's broadcast variable). The split step
 * reads it once from {@code source}, so a bad file fails the job before any partition
 * runs and names the file, and keeps a copy in the work area; each map partition reads
 * that copy and finds the result in {@link MapContext#sideInput}. A restart therefore
 * sees the same content as the partitions that completed before it, whatever happened to
 * the file meanwhile.
 *
 * <pre>{@code
 * builder.sideInput(new SideInput<>("skills", parameters -> parameters.path("skills"), SkillList::read));
 * // in the mapper factory:
 * SkillList skills = context.sideInput("skills");
 * }</pre>
 *
 * @param name how partitions ask for it; letters, digits, {@code -} and {@code _}
 * @param source the file, from the launch's parameters
 * @param reader turns the file into what mappers use; errors name the file
 */
public record SideInput<T>(String name, Function<Parameters, Path> source, Reader<T> reader) {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

	public SideInput {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(reader, "reader");
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("side input name '" + name + "': use letters, digits, - and _");
		}
	}

	/** Reads a side input file; the file keeps its original name in the work area. */
	@FunctionalInterface
	public interface Reader<T> {

		T read(Path file) throws IOException;

	}

}
