/**
 * Providers and their staff: what work they do, where, and whether they are active.
 */
package org.yiyang.providers.domain;
