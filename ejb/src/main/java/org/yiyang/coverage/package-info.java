/**
 * Coverage monitoring for officials: pre-aggregated figures keyed by county, the only way anyone reads
 * across counties (a city official sees the counties of their city side by side).
 */
package org.yiyang.coverage;
