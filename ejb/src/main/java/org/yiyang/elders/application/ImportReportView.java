package org.yiyang.elders.application;

import java.time.Instant;
import java.util.List;

/** An import as its report page shows it; the listed errors are at most the first thousand. */
public record ImportReportView(long id, String fileName, String fileType, String state, int totalRows,
                               int validRows, int errorCount, List<ImportError> errors, int imported,
                               String createdBy, Instant createdAt, Instant committedAt) {
}
