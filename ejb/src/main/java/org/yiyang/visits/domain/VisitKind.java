package org.yiyang.visits.domain;

/** A visit at the elder's home or by phone. */
public enum VisitKind {
    HOME, PHONE
}
