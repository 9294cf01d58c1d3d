package dev.nightshift.jobs.skills;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.nightshift.engine.ByteSlice;
import dev.nightshift.engine.Emitter;
import dev.nightshift.engine.MapContext;
import dev.nightshift.engine.Mapper;

/**
 * Counts the skills of one chunk of the list in the descriptions of the postings a map
 * partition reads: each description is matched once, ignoring case, against all the
 * chunk's skills. It totals the counts itself and emits one pair per skill when the
 * partition ends, zeros included, so every skill appears in {@code counts.tsv}.
 */
final class SkillMapper implements Mapper<CsvRow, ByteSlice, Long> {

	private final String column;

	private final String file;

	private final ByteSlice[] keys;

	private final SkillMatcher matcher;

	private final long[] counts;

	private int index = -1;

	SkillMapper(String column, String file, SkillList skills) {
		this.column = column;
		this.file = file;
		List<String> names = skills.names();
		this.keys = new ByteSlice[names.size()];
		for (int i = 0; i < names.size(); i++) {
			byte[] name = names.get(i).getBytes(StandardCharsets.UTF_8);
			this.keys[i] = new ByteSlice(name, 0, name.length);
		}
		this.matcher = new SkillMatcher(names);
		this.counts = new long[names.size()];
	}

	/** The mapper of a map partition: its shard's chunk of the skill list. */
	static SkillMapper of(MapContext context) {
		SkillList skills = context.sideInput(SkillsJobConfiguration.SKILLS);
		return new SkillMapper(context.parameters().string("column"), context.split().file().toString(),
				skills.chunk(context.shard(), context.shards()));
	}

	@Override
	public void map(CsvRow posting, Emitter<ByteSlice, Long> out) {
		if (this.index < 0) {
			this.index = posting.header().indexOf(this.column);
			if (this.index < 0) {
				throw new IllegalArgumentException("%s has no column '%s' (columns: %s)".formatted(this.file,
						this.column, String.join(", ", posting.header())));
			}
		}
		String description = posting.get(this.index);
		if (description != null && !description.isEmpty()) {
			this.matcher.count(description, this.counts);
		}
	}

	@Override
	public void finish(Emitter<ByteSlice, Long> out) {
		for (int i = 0; i < this.keys.length; i++) {
			out.emit(this.keys[i], this.counts[i]);
		}
	}

}
