package org.quotetracker.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is writing, for audit records: the fingerprint of the API key the request presented. */
public final class Writer {

    private Writer() {
    }

    /** The current writer; only meaningful inside a {@link RequiresApiKey} handler. */
    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ApiKeyAuthentication key && key.isAuthenticated()) {
            return key.getName();
        }
        throw new IllegalStateException("no API key was presented; only call this from a @RequiresApiKey handler");
    }
}
