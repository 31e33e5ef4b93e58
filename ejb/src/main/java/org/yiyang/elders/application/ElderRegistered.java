package org.yiyang.elders.application;

/**
 * An elder was registered in a county, one by one (an import publishes one {@link ElderCountChanged} for its
 * batch). Fired inside the registering transaction;
 * contexts and read models that follow the register observe it.
 */
public record ElderRegistered(String county, long elderId, String townshipCode) {
}
