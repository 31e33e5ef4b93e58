/**
 * County policy settings: typed rules (renovation cap, visit frequencies, allowances...) with national
 * defaults, changed by county administrators as new versions with an effective date. A decision records
 * the version it was made under ({@link org.yiyang.shared.domain.policy.PolicyRef}).
 */
package org.yiyang.shared.domain.policy;
