package ru.trajectory.platform.api;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses — unknown path, wrong method, unsupported content type or
 * Accept, an unreadable body — as problem+json with that status and a Russian detail.
 * Headers the status needs (such as {@code Allow} for 405) are kept.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return UnexpectedErrorMapper.internalError(e);
        }
        Response problem = Problems.response(status, StatusTitles.of(status), detail(e, status));
        if (original == null) {
            return problem;
        }
        Response.ResponseBuilder b = Response.fromResponse(problem);
        for (Map.Entry<String, List<Object>> header : original.getHeaders().entrySet()) {
            if (!header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                    && !header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                header.getValue().forEach(v -> b.header(header.getKey(), v));
            }
        }
        return b.build();
    }

    static String detail(WebApplicationException e, int status) {
        if (e instanceof BadRequestException) {
            // Jersey raises it for a body it cannot read (empty or malformed), the usual client error here.
            return MalformedJson.DETAIL;
        }
        return switch (status) {
            case 401 -> "Требуется вход: передайте заголовок Authorization: Bearer <токен>";
            case 403 -> "Недостаточно прав для этого запроса";
            case 404 -> "Нет такого ресурса";
            case 405 -> "Этот метод HTTP не поддерживается для этого адреса";
            case 406 -> "Сервер отвечает только в формате JSON (application/json)";
            case 415 -> "Неподдерживаемый тип содержимого: проверьте заголовок Content-Type";
            default -> "Запрос не может быть выполнен";
        };
    }
}
