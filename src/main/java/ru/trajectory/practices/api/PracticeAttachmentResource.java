package ru.trajectory.practices.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ru.trajectory.practices.entity.PracticeAttachment;
import ru.trajectory.practices.service.PracticeAttachments;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * Attachments: {@code POST /practices/{id}/attachments?name=} with the file as the raw body (any
 * declared type: the content decides), {@code GET /practices/{id}/attachments},
 * {@code GET|DELETE /practices/attachments/{attachmentId}}. Downloads always come as attachments
 * with the stored type, never rendered inline, so an uploaded file cannot act as a page of the portal.
 */
@Path("practices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PracticeAttachmentResource {

    @Inject
    PracticeAttachments attachments;

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("id") String id, @QueryParam("name") String name, InputStream body) {
        long practiceId = Ids.path(id, "Практика не найдена");
        byte[] content = readAtMost(body, PracticeAttachment.MAX_BYTES);
        PracticeAttachment stored = attachments.attach(practiceId, name, content);
        return Response.status(Response.Status.CREATED).entity(json(stored)).build();
    }

    @GET
    @Path("{id}/attachments")
    public JsonObject list(@PathParam("id") String id) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        attachments.of(Ids.path(id, "Практика не найдена")).forEach(a -> items.add(json(a)));
        return Json.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("attachmentId") String attachmentId) {
        PracticeAttachments.Download file = attachments.download(Ids.path(attachmentId, "Вложение не найдено"));
        if (!Files.isRegularFile(file.path())) {
            throw new NotFoundException("Файл вложения недоступен");
        }
        return Response.ok(file.path().toFile(), file.contentType())
                .header("Content-Disposition", disposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("attachments/{attachmentId}")
    public Response remove(@PathParam("attachmentId") String attachmentId) {
        attachments.remove(Ids.path(attachmentId, "Вложение не найдено"));
        return Response.noContent().build();
    }

    /** RFC 6266: an ASCII fallback for old clients and the real (Cyrillic) name in filename*. */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** Reads the body but stops one byte past the limit, so an oversized upload never fills the heap. */
    private static byte[] readAtMost(InputStream body, long limit) {
        if (body == null) {
            throw ValidationFailure.of("file", "Файл пустой");
        }
        try (InputStream in = body) {
            byte[] content = in.readNBytes((int) limit + 1);
            if (content.length > limit) {
                throw ValidationFailure.of("file", "Файл больше 20 МБ");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject json(PracticeAttachment a) {
        return Json.createObjectBuilder().add("id", String.valueOf(a.getId())).add("practiceId", String.valueOf(a.getPracticeId()))
                .add("fileName", a.getFileName()).add("contentType", a.getContentType())
                .add("size", a.getSizeBytes()).build();
    }
}
