/** The elder registry: people aged 60+, their households and the places they live in. */
package org.yiyang.elders;
