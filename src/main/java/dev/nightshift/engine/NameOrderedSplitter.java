package dev.nightshift.engine;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Spring Batch's splitter, with the partitions in the order of their names instead of a
 * hash set's: the partition handler starts them in that order, so splits are mapped in
 * the order of the input and a job can number its partitions in the order they should run
 * (a tile plan puts the tiles that share blocks next to each other).
 */
final class NameOrderedSplitter extends SimpleStepExecutionSplitter {

	NameOrderedSplitter(JobRepository repository, String stepName, Partitioner partitioner) {
		super(repository, stepName, partitioner);
	}

	@Override
	public Set<StepExecution> split(StepExecution manager, int gridSize) throws JobExecutionException {
		Set<StepExecution> partitions = new TreeSet<>(Comparator.comparing(StepExecution::getStepName));
		partitions.addAll(super.split(manager, gridSize));
		return partitions;
	}

}
