package org.yiyang.shared.domain;

/** Type of disability as on the disability certificate (残疾类别). */
public enum DisabilityType {
    VISUAL, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, MENTAL, MULTIPLE
}
