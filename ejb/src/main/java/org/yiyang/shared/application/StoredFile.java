package org.yiyang.shared.application;

/** The bytes of an attachment (or its thumbnail) as they are served. */
public record StoredFile(String fileName, String contentType, byte[] bytes) {
}
