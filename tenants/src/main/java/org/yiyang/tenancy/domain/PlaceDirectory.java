package org.yiyang.tenancy.domain;

import java.util.List;
import java.util.Optional;

/** Townships and villages of the current county (tenant-filtered). */
public interface PlaceDirectory {

    List<Township> townships();

    Optional<Township> township(String code);

    List<Village> villages();

    List<Village> villagesOf(String townshipCode);

    Optional<Village> village(String code);
}
