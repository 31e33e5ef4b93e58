/**
 * What every context's use cases call: {@link org.yiyang.shared.application.Access} (roles and reach), inputs, county
 * policies, the audit log, idempotent commands, stored attachments and the account directory.
 */
package org.yiyang.shared.application;
