package org.yiyang.web.meals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.yiyang.meals.application.MealFigures;
import org.yiyang.meals.application.MonthFiguresView;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.faces.Faces;

/** The county's meal figures of a month per site ({@code ?month=yyyy-MM}; this month when empty). */
@Named
@ViewScoped
public class MealFiguresView implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How many months back the month menu offers. */
    static final int MONTHS = 12;

    @Inject
    transient MealFigures figures;

    @Inject
    Clock clock;

    private String month;
    private MonthFiguresView view;

    public void load() {
        show();
    }

    public void show() {
        try {
            view = figures.month(parse(month));
            month = view.month().toString();
        } catch (DomainException e) {
            view = null;
            Faces.show(e, "monthForm");
        }
    }

    /** The month of the parameter, parsed once here; null when empty. */
    static YearMonth parse(String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("month", "meals.month.invalid", month.strip());
        }
    }

    /** This month and the {@value #MONTHS} before it, the latest first. */
    public List<String> getMonths() {
        YearMonth now = ChinaTime.thisMonth(clock);
        List<String> months = new ArrayList<>();
        for (int i = 0; i <= MONTHS; i++) {
            months.add(now.minusMonths(i).toString());
        }
        if (month != null && !months.contains(month)) {
            months.add(month);
        }
        return months;
    }

    public MonthFiguresView getView() {
        return view;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
