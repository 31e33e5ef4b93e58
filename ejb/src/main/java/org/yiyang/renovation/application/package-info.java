/** Renovation: use cases and views. */
package org.yiyang.renovation.application;
