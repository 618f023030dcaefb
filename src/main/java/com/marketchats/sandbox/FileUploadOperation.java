package com.marketchats.sandbox;

import com.marketchats.api.ApiLimits;
import com.marketchats.api.ContentTypes;

import java.util.List;

/**
 * sendFileToChat: takes the multipart part {@code file} (at most 5 MB), stores it, and appends a
 * PARTNER message whose payload links to where the sandbox serves it.
 */
final class FileUploadOperation {

    private static final String DEFAULT_NAME = "file";

    private final OperationContext context;

    FileUploadOperation(OperationContext context) {
        this.context = context;
    }

    Object sendFile(OperationRequest request) throws ApiFailure {
        long chatId = request.query().requiredId("chatId");
        List<MultipartParser.Part> parts = MultipartParser.parse(request.headers().getFirst("Content-Type"),
                request.body());
        MultipartParser.Part file = parts.stream().filter(p -> p.name().equals("file")).findFirst()
                .orElseThrow(() -> ApiFailure.badRequest("Missing multipart part 'file'"));
        if (file.bytes().length > ApiLimits.MAX_FILE_BYTES) {
            throw ApiFailure.badRequest("File is too big: " + file.bytes().length + " bytes, at most "
                    + ApiLimits.MAX_FILE_BYTES + " (5 MB)");
        }
        context.requireChat(request.businessId(), chatId);
        String name = cleanName(file.filename());
        StoredFile stored = context.state().files().store(name, ContentTypes.byExtension(name), file.bytes());
        context.state().addPartnerMessage(chatId, null, List.of(stored.asAttachment()));
        return null;
    }

    /** Browsers of old sent whole paths ({@code C:\fakepath\photo.jpg}); only the last segment is a name. */
    private static String cleanName(String filename) {
        if (filename == null) {
            return DEFAULT_NAME;
        }
        String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1).trim();
        return name.isEmpty() ? DEFAULT_NAME : name;
    }
}
