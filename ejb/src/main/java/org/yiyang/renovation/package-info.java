/**
 * Home aging-friendly renovation (居家适老化改造): each county's catalog of items and prices, plans from
 * application through assessment, approval under the per-household subsidy cap, construction by a contractor,
 * township acceptance and settlement; with photos kept in the shared attachment store.
 */
package org.yiyang.renovation;
