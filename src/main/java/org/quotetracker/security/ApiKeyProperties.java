package org.quotetracker.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quotes.api-keys}: the keys that may change data, comma-separated. None configured means writes are disabled.
 *
 * @param apiKeys the API keys that may use mutations (the X-API-Key header); none means writes are disabled
 */
@ConfigurationProperties("quotes")
public record ApiKeyProperties(@DefaultValue List<String> apiKeys) {
}
