package org.quotetracker.api;

import java.util.Map;

import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parameters of a GraphQL request, as the GraphQL over HTTP spec has them: {@code query} a string,
 * {@code operationName} a string, {@code variables} and {@code extensions} JSON objects, each of the last three
 * optional and null allowed. A POST carries them as a JSON object; a GET as URL parameters, {@code variables} and
 * {@code extensions} as JSON text. A parameter of another type is the caller's mistake, refused with a message that
 * names it, rather than read as something else (the number 0 as the query "0").
 */
final class GraphQlRequestParameters {

    private GraphQlRequestParameters() {
    }

    /** The parameters of a POST body, already read as a JSON object. */
    static SerializableGraphQlRequest fromJson(Map<?, ?> body) {
        SerializableGraphQlRequest request = new SerializableGraphQlRequest();
        request.setQuery(string(body, "query"));
        request.setOperationName(string(body, "operationName"));
        request.setVariables(object(body.get("variables"), "variables"));
        request.setExtensions(object(body.get("extensions"), "extensions"));
        return checked(request);
    }

    /** The parameters of a GET's URL. */
    static SerializableGraphQlRequest fromUrl(MultiValueMap<String, String> parameters, JsonMapper json) {
        SerializableGraphQlRequest request = new SerializableGraphQlRequest();
        request.setQuery(single(parameters, "query"));
        request.setOperationName(single(parameters, "operationName"));
        request.setVariables(jsonObject(single(parameters, "variables"), "variables", json));
        request.setExtensions(jsonObject(single(parameters, "extensions"), "extensions", json));
        return checked(request);
    }

    /** A query is needed unless the request names an automatic persisted query by its hash instead. */
    private static SerializableGraphQlRequest checked(SerializableGraphQlRequest request) {
        Object persisted = request.getExtensions().get("persistedQuery");
        if (persisted != null) {
            PersistedQueries.check(persisted);
        } else if (request.getQuery() == null || request.getQuery().isBlank()) {
            throw new InvalidGraphQlRequest("The request has no query: send the GraphQL document as the string "
                    + "parameter \"query\", e.g. {\"query\": \"{ quotes { totalCount } }\"}.");
        }
        return request;
    }

    private static String string(Map<?, ?> body, String name) {
        Object value = body.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw wrongType(name, "a string", value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String name) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw wrongType(name, "a JSON object", value);
    }

    private static String single(MultiValueMap<String, String> parameters, String name) {
        var values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidGraphQlRequest("The URL gives \"" + name + "\" " + values.size() + " times; give it once.");
        }
        return values.get(0);
    }

    private static Map<String, Object> jsonObject(String text, String name, JsonMapper json) {
        if (text == null || text.isEmpty()) {
            return Map.of();
        }
        Object value;
        try {
            value = json.readValue(text, Object.class);
        } catch (JacksonException e) {
            throw new InvalidGraphQlRequest("The URL parameter \"" + name + "\" must be a JSON object, URL-encoded; "
                    + "it is not valid JSON: " + e.getOriginalMessage());
        }
        return object(value, name);
    }

    private static InvalidGraphQlRequest wrongType(String name, String expected, Object value) {
        return new InvalidGraphQlRequest("The parameter \"" + name + "\" must be " + expected + " or null, not "
                + describe(value) + ".");
    }

    static String describe(Object value) {
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Iterable<?>) {
            return "an array";
        }
        return "a JSON object";
    }
}
