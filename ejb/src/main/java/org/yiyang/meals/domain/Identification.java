package org.yiyang.meals.domain;

/** How the site's staff identified the elder at a serving. */
public enum Identification {
    /** The QR code of the meal card. */
    CARD,
    /** The last four characters of the ID number and the name. */
    ID_DIGITS
}
