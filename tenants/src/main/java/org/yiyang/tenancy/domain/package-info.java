/**
 * The county registry (global reference data) and the places inside a county (townships and villages,
 * tenant data keyed by their 12-digit statistical codes).
 */
package org.yiyang.tenancy.domain;
