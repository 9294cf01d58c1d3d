package dev.nightshift.web;

import java.util.List;

import dev.nightshift.schedule.Scheduler;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The schedules {@code serve} fires, with when each is due next. */
@RestController
@ConditionalOnWebApplication
class SchedulesController {

	private final Scheduler scheduler;

	SchedulesController(Scheduler scheduler) {
		this.scheduler = scheduler;
	}

	@GetMapping("/api/schedules")
	List<Scheduler.Planned> schedules() {
		return this.scheduler.planned();
	}

}
