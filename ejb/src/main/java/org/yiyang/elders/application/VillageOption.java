package org.yiyang.elders.application;

/** A village an elder can be registered in, with its township for display. */
public record VillageOption(String code, String name, String townshipCode, String townshipName) {

    public String label() {
        return townshipName + " · " + name;
    }
}
