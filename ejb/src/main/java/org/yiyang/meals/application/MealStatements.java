package org.yiyang.meals.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.ErrorMessages;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.County;
import org.yiyang.tenancy.domain.CountyRegistry;

/**
 * A site's monthly settlement as an Excel statement: a header with the county, the site and the month, one line per
 * entry (reversals negative), and the totals per funding source. It names the elders served (their ID numbers
 * masked), so the export is audited.
 */
@Stateless
public class MealStatements {

    private static final String[] COLUMNS = {"serving", "mealDay", "period", "kind", "elder", "idNumber", "price",
            "elderPart", "countySubsidy", "cityPart", "charityPart", "reverses"};

    @Inject
    MealSettlements settlements;

    @Inject
    CountyRegistry counties;

    @Inject
    AuditLog audit;

    /** Writes the statement of a settlement the caller reads. */
    public void exportXlsx(long id, Locale locale, OutputStream out) {
        MealSettlementView s = settlements.settlement(id);
        audit.record("MEAL_STATEMENT_EXPORTED", "mealSettlement", s.id(), s.siteName() + " " + s.month() + ": lines="
                + s.lines().size());
        String county = counties.find(TenantScope.requireCounty()).map(County::name).orElse("");
        try {
            Workbook wb = new Workbook(out, "Yiyang", "1.0");
            Worksheet ws = wb.newWorksheet(label("sheet", locale));
            ws.value(0, 0, label("title", locale));
            ws.style(0, 0).bold().set();
            String[][] header = {{"county", county}, {"site", s.siteName()}, {"month", s.month()}};
            for (int i = 0; i < header.length; i++) {
                ws.value(1 + i, 0, label(header[i][0], locale));
                ws.value(1 + i, 1, header[i][1]);
            }
            int r = 5;
            for (int c = 0; c < COLUMNS.length; c++) {
                ws.value(r, c, label(COLUMNS[c], locale));
                ws.style(r, c).bold().set();
            }
            for (MealSettlementView.Line l : s.lines()) {
                r++;
                ws.value(r, 0, l.servingId());
                ws.value(r, 1, l.mealDay().toString());
                ws.value(r, 2, ErrorMessages.label("MealPeriod." + l.period(), locale));
                ws.value(r, 3, ErrorMessages.label("ServingKind." + l.kind(), locale));
                ws.value(r, 4, l.elderName());
                ws.value(r, 5, l.elderIdNumberMasked());
                BigDecimal[] amounts = {l.price(), l.elderPart(), l.countySubsidy(), l.cityPart(), l.charityPart()};
                for (int a = 0; a < amounts.length; a++) {
                    ws.value(r, 6 + a, amounts[a]);
                    ws.style(r, 6 + a).format("0.00").set();
                }
                if (l.reversesId() != null) {
                    ws.value(r, 11, l.reversesId());
                }
            }
            r += 2;
            ws.value(r, 0, label("meals", locale));
            ws.value(r, 1, s.meals());
            Object[][] totals = {{"elderPart", s.totalElder()}, {"countySubsidy", s.totalCounty()},
                    {"cityPart", s.totalCity()}, {"charityPart", s.totalCharity()}, {"total", s.total()}};
            for (Object[] t : totals) {
                r++;
                ws.value(r, 0, label((String) t[0], locale));
                ws.value(r, 1, (BigDecimal) t[1]);
                ws.style(r, 1).format("0.00").bold().set();
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String label(String key, Locale locale) {
        return ErrorMessages.label("mealStatement." + key, locale);
    }
}
