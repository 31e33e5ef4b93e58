package org.yiyang.web.api.elders;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /elders}. */
@Schema(name = "ElderInput")
public record ElderInput(
        @Schema(description = "name as on the ID card", example = "张秀英", maxLength = 40) String name,
        @Schema(description = "18-character resident ID number", example = "371602195003151225") String idNumber,
        @Schema(description = "12-digit statistical code of the village", example = "371602001001") String villageCode) {
}
