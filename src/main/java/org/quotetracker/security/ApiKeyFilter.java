package org.quotetracker.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its {@code X-API-Key} header. It never refuses a request itself: reads are open to all,
 * and a mutation refused over GraphQL is answered with a GraphQL error, which {@link WriteAccessErrors} words.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final ApiKeys keys;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented != null && !presented.isBlank()) {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(keys.fingerprintOf(presented)
                    .map(ApiKeyAuthentication::accepted)
                    .orElseGet(ApiKeyAuthentication::rejected));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
