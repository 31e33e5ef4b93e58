package org.yiyang.elders.application;

/**
 * An elder was registered in a county (one by one, or by an import). Fired inside the registering transaction;
 * contexts and read models that follow the register observe it.
 */
public record ElderRegistered(String county, long elderId, String townshipCode) {
}
