package dev.nightshift.ops;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operations knobs ({@code nightshift.ops.*}).
 *
 * @param heartbeatInterval how often a running process says that its executions are alive
 * @param heartbeatTimeout how long a process on another host may stay silent before its
 * executions count as orphans
 */
@ConfigurationProperties("nightshift.ops")
public record OpsSettings(Duration heartbeatInterval, Duration heartbeatTimeout) {

	public OpsSettings {
		if (heartbeatTimeout.compareTo(heartbeatInterval.multipliedBy(3)) < 0) {
			throw new IllegalArgumentException("nightshift.ops.heartbeat-timeout (" + heartbeatTimeout
					+ ") must be at least three heartbeat intervals (" + heartbeatInterval + ")");
		}
	}

}
