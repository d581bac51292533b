package org.quotetracker.api;

import jakarta.servlet.ServletException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring's GraphQL HTTP handler, which takes POST, taught GET as the GraphQL over HTTP spec has it: the parameters in
 * the URL ({@link GraphQlRequestParameters}), for queries only ({@link GetQueries} refuses the rest with 405).
 * Everything after reading the request (interceptors, execution, status and media type of the answer) is Spring's,
 * the same for both methods.
 */
class GraphQlGetAndPost extends GraphQlHttpHandler {

    private final WebGraphQlHandler graphQl;
    private final JsonMapper json;
    private final IdGenerator ids = new AlternativeJdkIdGenerator();

    GraphQlGetAndPost(WebGraphQlHandler graphQl, JsonMapper json) {
        super(graphQl, new GraphQlRequestConverter(json));
        this.graphQl = graphQl;
        this.json = json;
    }

    ServerResponse handleGet(ServerRequest request) throws ServletException {
        SerializableGraphQlRequest parameters;
        try {
            parameters = GraphQlRequestParameters.fromUrl(request.params(), json);
        } catch (InvalidGraphQlRequest e) {
            throw new ServerWebInputException(e.getMessage(), null, e);
        }
        request.attributes().put(GetQueries.BY_GET, Boolean.TRUE);
        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
                cookies(request), request.remoteAddress().orElse(null), request.attributes(), parameters,
                ids.generateId().toString(), LocaleContextHolder.getLocale());
        return prepareResponse(request, graphQl.handleRequest(graphQlRequest));
    }

    @Override
    protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
        if (GetQueries.refused(response)) {
            return HttpStatus.METHOD_NOT_ALLOWED;
        }
        return super.selectResponseStatus(response, responseMediaType);
    }

    private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
        MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
        request.cookies().forEach((name, values) -> values.forEach(cookie -> cookies.add(name, new HttpCookie(name, cookie.getValue()))));
        return cookies;
    }
}
