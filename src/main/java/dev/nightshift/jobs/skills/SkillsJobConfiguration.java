package dev.nightshift.jobs.skills;

import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.engine.ByteSlice;
import dev.nightshift.engine.CountsTsv;
import dev.nightshift.engine.KeyCount;
import dev.nightshift.engine.MapReduceJob;
import dev.nightshift.engine.MapReduceJobFactory;
import dev.nightshift.engine.SideInput;

import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code skills}: postings (CSV) → (skill, occurrences in the partition's descriptions)
 * for every skill of the partition's chunk of the list, a side input → summed →
 * {@code counts.tsv}.
 */
@Configuration(proxyBeanMethods = false)
class SkillsJobConfiguration {

	static final String NAME = "skills";

	/** The side input and the parameter naming its file. */
	static final String SKILLS = "skills";

	@Bean
	MapReduceJob<CsvRow, ByteSlice, Long, KeyCount> skillsMapReduce() {
		return CountsTsv.<CsvRow>job(NAME)
			.input(new CsvPostings())
			.sideInput(new SideInput<>(SKILLS, parameters -> parameters.path(SKILLS), SkillList::read))
			.mapShards(parameters -> SplitBy.of(parameters).shards())
			.mapperFor(SkillMapper::of)
			.build();
	}

	@Bean
	Job skills(MapReduceJobFactory factory, MapReduceJob<CsvRow, ByteSlice, Long, KeyCount> skillsMapReduce,
			JobDefinitions definitions) {
		return factory.create(skillsMapReduce, definitions.get(NAME).validator());
	}

}
