package org.yiyang.renovation.domain;

/** The photo kinds of a plan: the home assessment's, and the contractor's before and after the work. */
public enum PhotoPurpose { ASSESSMENT, BEFORE, AFTER }
