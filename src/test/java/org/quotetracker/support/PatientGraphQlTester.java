package org.quotetracker.support;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test context's {@link HttpGraphQlTester} a minute to answer instead of GraphQlTester's five seconds.
 * How fast an answer comes is for the benchmarks; on a loaded machine (two shared cores, several builds) a cold first
 * request can take longer than five seconds, and a test failing on that would say nothing about the behaviour it
 * specifies. Registered for all tests in META-INF/spring.factories.
 */
public final class PatientGraphQlTester implements ContextCustomizerFactory {

    static final Duration TIMEOUT = Duration.ofMinutes(1);

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new Customizer();
    }

    /** All equal, so that the customizer does not split the context cache. */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof HttpGraphQlTester tester
                            ? tester.mutate().webTestClient(client -> client.responseTimeout(TIMEOUT)).responseTimeout(TIMEOUT).build()
                            : bean;
                }
            });
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
