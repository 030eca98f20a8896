package org.mspsdk.spring.sample;

import jakarta.validation.Valid;
import org.mspsdk.model.SafeguardingRecord;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A vendor's application as the issue tried it, with the starter on its class path and no glue: no Jackson module
 * bean, no exception handler, no validator set-up. A controller takes {@code @Valid @RequestBody SafeguardingRecord}.
 */
@SpringBootApplication
public class SampleApplication {

    /** @param args the command line */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }

    /** Receives records. */
    @RestController
    static class RecordsController {

        // readme:begin spring-controller
        @PostMapping("/records")
        @ResponseStatus(HttpStatus.CREATED)
        void create(@Valid @RequestBody SafeguardingRecord record) {
            // a vendor would store it here
        }
        // readme:end
    }
}
