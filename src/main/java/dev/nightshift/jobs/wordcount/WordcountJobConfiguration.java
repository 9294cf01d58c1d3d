package dev.nightshift.jobs.wordcount;

import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.engine.ByteSlice;
import dev.nightshift.engine.CountsTsv;
import dev.nightshift.engine.KeyCount;
import dev.nightshift.engine.MapReduceJob;
import dev.nightshift.engine.MapReduceJobFactory;
import dev.nightshift.engine.TextLines;

import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code wordcount}: lines → (word, 1) → summed on the map side → {@code counts.tsv}. */
@Configuration(proxyBeanMethods = false)
class WordcountJobConfiguration {

	static final String NAME = "wordcount";

	@Bean
	MapReduceJob<ByteSlice, ByteSlice, Long, KeyCount> wordcountMapReduce() {
		return CountsTsv.<ByteSlice>job(NAME)
			.input(new TextLines())
			.mapper(parameters -> new WordMapper(parameters.bool("lowercase", false)))
			.build();
	}

	@Bean
	Job wordcount(MapReduceJobFactory factory, MapReduceJob<ByteSlice, ByteSlice, Long, KeyCount> wordcountMapReduce,
			JobDefinitions definitions) {
		return factory.create(wordcountMapReduce, definitions.get(NAME).validator());
	}

}
