package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.ErrorMessages;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.County;
import org.yiyang.tenancy.domain.CountyRegistry;

/**
 * An account's statement as an Excel workbook: a header with the county, the account's owner, unit and balance,
 * then one line per entry with the signed amount and the running balance (minutes or points). Audited.
 */
@Stateless
public class LedgerStatements {

    private static final String[] COLUMNS = {"entry", "transaction", "kind", "amount", "balance", "reference",
            "reverses", "reason", "byProxy", "by", "at"};

    @Inject
    TimebankAccounts accounts;

    @Inject
    CountyRegistry counties;

    @Inject
    AuditLog audit;

    public void exportXlsx(long accountId, Locale locale, OutputStream out) {
        StatementView s = accounts.statement(accountId);
        audit.record("TIMEBANK_STATEMENT_EXPORTED", "timebankAccount", s.account().id(), "lines=" + s.lines().size());
        String county = counties.find(TenantScope.requireCounty()).map(County::name).orElse("");
        try {
            Workbook wb = new Workbook(out, "Yiyang", "1.0");
            Worksheet ws = wb.newWorksheet(label("sheet", locale));
            ws.value(0, 0, label("title", locale));
            ws.style(0, 0).bold().set();
            String[][] header = {{"county", county},
                    {"owner", ErrorMessages.label("OwnerKind." + s.account().ownerKind(), locale) + " "
                            + s.account().ownerId()},
                    {"unit", ErrorMessages.label("LedgerUnit." + s.account().unit(), locale)}};
            for (int i = 0; i < header.length; i++) {
                ws.value(1 + i, 0, label(header[i][0], locale));
                ws.value(1 + i, 1, header[i][1]);
            }
            ws.value(4, 0, label("balance", locale));
            ws.value(4, 1, s.account().balance());
            int r = 6;
            for (int c = 0; c < COLUMNS.length; c++) {
                ws.value(r, c, label(COLUMNS[c], locale));
                ws.style(r, c).bold().set();
            }
            for (StatementView.Line l : s.lines()) {
                r++;
                ws.value(r, 0, l.entryId());
                ws.value(r, 1, l.transactionId());
                ws.value(r, 2, ErrorMessages.label("TransactionKind." + l.kind(), locale));
                ws.value(r, 3, l.amount());
                ws.value(r, 4, l.balanceAfter());
                ws.value(r, 5, l.reference());
                if (l.reversesId() != null) {
                    ws.value(r, 6, l.reversesId());
                }
                ws.value(r, 7, l.reason());
                ws.value(r, 8, l.byProxy() ? label("yes", locale) : "");
                ws.value(r, 9, l.createdBy());
                ws.value(r, 10, l.createdAt().atZone(ChinaTime.ZONE).toLocalDateTime().toString());
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String label(String key, Locale locale) {
        return ErrorMessages.label("timebankStatement." + key, locale);
    }
}
