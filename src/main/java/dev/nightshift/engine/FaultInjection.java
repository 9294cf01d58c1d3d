package dev.nightshift.engine;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Failures on purpose, for restart drills and tests ({@code nightshift.faults.*}): each
 * partition named in {@code fail-steps} (such as {@code pairs:partition-0002}) fails the
 * first time it starts in this process, before it does any work; its restart then runs.
 * Empty (the default) changes nothing.
 *
 * <pre>{@code
 * NIGHTSHIFT_FAULTS_FAIL_STEPS=pairs:partition-0002 ./nightshift launch correlation
 * ./nightshift restart correlation   # only that partition runs again
 * }</pre>
 */
@ConfigurationProperties("nightshift.faults")
public record FaultInjection(List<String> failSteps) implements StepExecutionListener {

	private static final Set<String> FAILED = ConcurrentHashMap.newKeySet();

	public FaultInjection {
		failSteps = (failSteps != null) ? List.copyOf(failSteps) : List.of();
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		String step = stepExecution.getStepName();
		if (this.failSteps.contains(step) && FAILED.add(step)) {
			throw new IllegalStateException("fault injected into " + step + " (nightshift.faults.fail-steps)");
		}
	}

}
