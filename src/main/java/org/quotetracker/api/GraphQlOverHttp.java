package org.quotetracker.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP as its spec and the graphql-http audit expect: POST and GET ({@link GraphQlGetAndPost}),
 * parameters of the wrong JSON type refused with 400 ({@link GraphQlRequestParameters}), GET answers cacheable
 * ({@link GetQueries}) with an ETag that a matching {@code If-None-Match} turns into 304 Not Modified. Only a server
 * has HTTP requests; the CLI's contexts have none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlOverHttp {

    /** Replaces Spring Boot's handler, which the rest of Boot's GraphQL set-up (POST route, SSE) then uses. */
    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler, JsonMapper json) {
        return new GraphQlGetAndPost(webGraphQlHandler, json);
    }

    /** Ahead of Boot's routes, which answer GET with 405. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlGetRoute(GraphQlProperties properties, GraphQlHttpHandler handler) {
        GraphQlGetAndPost getAndPost = (GraphQlGetAndPost) handler;
        return RouterFunctions.route(RequestPredicates.GET(properties.getHttp().getPath()), getAndPost::handleGet);
    }

    /** The ETag is a hash of the body: computed after the answer, it saves the transfer, not the work. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> graphQlEtags(GraphQlProperties properties) {
        ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter() {
            /** Only GET and HEAD answers get an ETag: a POST's answer would be buffered and copied for nothing. */
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod());
            }
        };
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
        registration.addUrlPatterns(properties.getHttp().getPath());
        return registration;
    }
}
