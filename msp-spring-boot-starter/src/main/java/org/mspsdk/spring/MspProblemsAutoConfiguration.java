package org.mspsdk.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * RFC 9457 problem responses for MSP decode and validation failures in a Spring MVC application
 * ({@link MspProblemExceptionResolver}); {@code msp.problems.enabled=false} turns them off, and a bean of the
 * resolver's type replaces it.
 */
@AutoConfiguration(after = MspAutoConfiguration.class, before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, WebMvcAutoConfiguration.class})
@ConditionalOnBooleanProperty(name = "msp.problems.enabled", matchIfMissing = true)
public final class MspProblemsAutoConfiguration {

    MspProblemsAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    MspProblemExceptionResolver mspProblemExceptionResolver() {
        return new MspProblemExceptionResolver();
    }
}
