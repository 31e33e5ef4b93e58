package org.yiyang.elders.application;

/**
 * The number of registered (active) elders of a county changed by {@code delta}: a registration, an import, a
 * status change. Fired inside the transaction that made the change, so a read model that counts elders (coverage)
 * stays exact; elders knows nothing of who observes it.
 */
public record ElderCountChanged(String county, int delta) {
}
