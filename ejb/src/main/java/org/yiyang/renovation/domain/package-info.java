/** Renovation: domain. */
package org.yiyang.renovation.domain;
