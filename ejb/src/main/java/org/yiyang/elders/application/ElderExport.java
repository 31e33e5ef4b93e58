package org.yiyang.elders.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.elders.domain.ElderSearch;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.ErrorMessages;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.tenancy.domain.Village;

/** The (masked) elder list as an Excel workbook, written page by page; every export is audited. */
@Stateless
public class ElderExport {

    private static final int PAGE = 2000;

    @Inject
    ElderSearches searches;

    @Inject
    ElderRepository elders;

    @Inject
    PlaceDirectory places;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Writes the elders matching the query (within the caller's scope) to {@code out}; returns how many. */
    public int exportXlsx(ElderQuery query, Locale locale, OutputStream out) {
        Caller caller = Access.requireRegistryUser();
        ElderSearch search = searches.from(caller, query);
        LocalDate today = ChinaTime.today(clock);
        var townships = places.townships().stream().collect(Collectors.toMap(Township::code, Township::name));
        var villages = places.villages().stream().collect(Collectors.toMap(Village::code, Village::name));
        int rows = 0;
        try {
            Workbook wb = new Workbook(out, "Yiyang", "1.0");
            Worksheet ws = wb.newWorksheet(ErrorMessages.label("export.sheet", locale));
            String[] headers = {"name", "idNumber", "sex", "birthDate", "age", "township", "village", "categories",
                    "status"};
            for (int c = 0; c < headers.length; c++) {
                ws.value(0, c, ErrorMessages.label("export." + headers[c], locale));
                ws.style(0, c).bold().set();
            }
            for (int first = 0; ; first += PAGE) {
                List<Elder> page = elders.search(search, today, first, PAGE);
                for (Elder e : page) {
                    rows++;
                    ws.value(rows, 0, e.name());
                    ws.value(rows, 1, e.idNumberMasked());
                    ws.value(rows, 2, ErrorMessages.label("Sex." + e.sex().name(), locale));
                    ws.value(rows, 3, e.birthDate().toString());
                    ws.value(rows, 4, e.ageOn(today));
                    ws.value(rows, 5, townships.getOrDefault(e.townshipCode(), e.townshipCode()));
                    ws.value(rows, 6, villages.getOrDefault(e.villageCode(), e.villageCode()));
                    ws.value(rows, 7, e.categoriesOn(today).stream()
                            .map(c -> ErrorMessages.label("ElderCategory." + c.name(), locale))
                            .collect(Collectors.joining(ErrorMessages.label("export.separator", locale))));
                    ws.value(rows, 8, ErrorMessages.label("ElderStatus." + e.status().name(), locale));
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("ELDERS_EXPORTED", "county", caller.county().orElseThrow(), "rows=" + rows + ", filter="
                + describe(query));
        return rows;
    }

    private static String describe(ElderQuery q) {
        return "name=" + q.name() + " township=" + q.townshipCode() + " village=" + q.villageCode() + " category="
                + q.category() + " ageBand=" + q.ageBand() + " status=" + q.status()
                + (q.idNumber() == null ? "" : " idNumber=****");
    }
}
