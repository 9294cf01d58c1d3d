package dev.nightshift.ops;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.nightshift.ops.LifecycleRules.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.batch.core.BatchStatus.ABANDONED;
import static org.springframework.batch.core.BatchStatus.COMPLETED;
import static org.springframework.batch.core.BatchStatus.FAILED;
import static org.springframework.batch.core.BatchStatus.STARTED;
import static org.springframework.batch.core.BatchStatus.STARTING;
import static org.springframework.batch.core.BatchStatus.STOPPED;
import static org.springframework.batch.core.BatchStatus.STOPPING;
import static org.springframework.batch.core.BatchStatus.UNKNOWN;

/**
 * Every (action, status) pair: allowed exactly where this table says, otherwise a reason.
 */
class LifecycleRulesTest {

	private static final Map<Action, Set<BatchStatus>> ALLOWED = Map.of(Action.RESTART, EnumSet.of(FAILED, STOPPED),
			Action.STOP, EnumSet.of(STARTING, STARTED, STOPPING), Action.ABANDON, EnumSet.of(FAILED, STOPPED, UNKNOWN),
			Action.RECOVER, EnumSet.of(STARTING, STARTED, STOPPING));

	static Stream<Arguments> everyPair() {
		return Stream.of(Action.values())
			.flatMap(action -> Stream.of(BatchStatus.values()).map(status -> Arguments.of(action, status)));
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("everyPair")
	void allowsExactlyTheTableAndExplainsEveryRefusal(Action action, BatchStatus status) {
		String refusal = LifecycleRules.refusal(action, status);

		if (ALLOWED.get(action).contains(status)) {
			assertThat(refusal).isNull();
		}
		else {
			assertThat(refusal).isNotBlank();
		}
	}

	@ParameterizedTest(name = "restart from {0} says what to do")
	@MethodSource("refusedRestarts")
	void aRefusedRestartSaysWhatToDoInstead(BatchStatus status, String advice) {
		assertThat(LifecycleRules.refusal(Action.RESTART, status)).contains(advice);
	}

	static Stream<Arguments> refusedRestarts() {
		return Stream.of(Arguments.of(COMPLETED, "--new-run"), Arguments.of(ABANDONED, "--new-run"),
				Arguments.of(STARTED, "stop it first"), Arguments.of(UNKNOWN, "abandon it"));
	}

}
