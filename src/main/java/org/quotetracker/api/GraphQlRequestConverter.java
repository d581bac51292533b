package org.quotetracker.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a POSTed GraphQL request strictly ({@link GraphQlRequestParameters}) and writes responses as JSON. Jackson
 * alone would turn {@code "query": 0} into the query "0" and {@code "operationName": false} into "false", which the
 * GraphQL over HTTP spec asks a server to refuse with 400.
 */
class GraphQlRequestConverter implements HttpMessageConverter<Object> {

    private final JacksonJsonHttpMessageConverter json;

    GraphQlRequestConverter(JsonMapper mapper) {
        this.json = new JacksonJsonHttpMessageConverter(mapper);
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return json.canRead(type, mediaType);
    }

    @Override
    public boolean canWrite(Class<?> type, MediaType mediaType) {
        return json.canWrite(type, mediaType);
    }

    @Override
    public List<MediaType> getSupportedMediaTypes() {
        return json.getSupportedMediaTypes();
    }

    @Override
    public Object read(Class<?> type, HttpInputMessage input) throws IOException {
        Object body = json.read(Object.class, input);
        try {
            if (!(body instanceof Map<?, ?> parameters)) {
                throw new InvalidGraphQlRequest("The request body must be a JSON object with the query as a string, "
                        + "e.g. {\"query\": \"{ quotes { totalCount } }\", \"variables\": {}}; it is "
                        + (body == null ? "null" : GraphQlRequestParameters.describe(body)) + ".");
            }
            return GraphQlRequestParameters.fromJson(parameters);
        } catch (InvalidGraphQlRequest e) {
            throw new HttpMessageNotReadableException(e.getMessage(), e, input);
        }
    }

    @Override
    public void write(Object body, MediaType contentType, HttpOutputMessage output) throws IOException {
        json.write(body, contentType, output);
    }
}
