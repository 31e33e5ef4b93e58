package org.yiyang.renovation.domain;

/** Who applied: the elder, their family, or a village assistant on their behalf. */
public enum ApplicantKind {
    ELDER, FAMILY, ASSISTANT
}
