package org.yiyang.renovation.application;

/** An item the assessor chose, with its quantity. */
public record ItemChoice(String code, Integer quantity) {
}
