package org.yiyang.shared.application;

import java.time.Instant;

/** What a list of attachments shows: no content, only what to link to. */
public record AttachmentView(long id, String purpose, String fileName, String contentType, int sizeBytes,
                             boolean thumbnail, Instant createdAt, String createdBy) {
}
