package dev.nightshift;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class NightshiftApplication {

	public static void main(String[] args) {
		org.springframework.boot.SpringApplication.run(NightshiftApplication.class, args);
	}

}
