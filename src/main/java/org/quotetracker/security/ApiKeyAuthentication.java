package org.quotetracker.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request that presented an {@code X-API-Key}: either a known key, which may write, or an unknown one, which may
 * not but is told apart from a request without any key so that the error can say which mistake was made.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    static final String WRITE = "quotes:write";

    private final String fingerprint;

    private ApiKeyAuthentication(String fingerprint, List<GrantedAuthority> authorities) {
        super(authorities);
        this.fingerprint = fingerprint;
        setAuthenticated(fingerprint != null);
    }

    static ApiKeyAuthentication accepted(String fingerprint) {
        return new ApiKeyAuthentication(fingerprint, List.of(new SimpleGrantedAuthority(WRITE)));
    }

    static ApiKeyAuthentication rejected() {
        return new ApiKeyAuthentication(null, List.of());
    }

    /** The key is never kept: a rejected one is of no further use, and an accepted one is named by its fingerprint. */
    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return fingerprint;
    }

    @Override
    public String getName() {
        return fingerprint == null ? "unknown key" : fingerprint;
    }
}
