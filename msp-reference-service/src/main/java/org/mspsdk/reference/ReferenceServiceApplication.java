package org.mspsdk.reference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs the reference service against the PostgreSQL named by {@code spring.datasource.url}:
 *
 * <pre>
 * java -jar msp-reference-service/target/msp-reference-service.jar \
 *     --spring.datasource.url=jdbc:postgresql://localhost:5432/msp \
 *     --spring.datasource.username=msp --spring.datasource.password=...
 * </pre>
 */
@SpringBootApplication
public class ReferenceServiceApplication {

    /** @param args the command line (Spring Boot properties) */
    public static void main(String[] args) {
        SpringApplication.run(ReferenceServiceApplication.class, args);
    }
}
