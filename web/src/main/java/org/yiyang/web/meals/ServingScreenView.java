package org.yiyang.web.meals;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.yiyang.meals.application.MealServings;
import org.yiyang.meals.application.MealSiteView;
import org.yiyang.meals.application.MealSites;
import org.yiyang.meals.application.RecordServing;
import org.yiyang.meals.application.ServingDayView;
import org.yiyang.meals.application.ServingQueries;
import org.yiyang.meals.application.ServingView;
import org.yiyang.meals.domain.MealPeriod;
import org.yiyang.meals.domain.ServingKind;
import org.yiyang.shared.application.ErrorMessages;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.faces.Faces;

/**
 * The operator's serving screen (made for a tablet at the counter, {@code ?site=} to open one site): one of the
 * caller's open sites and the meal, one field for the scanned card or the ID digits and name, the outcome of the
 * last entry in large type, today's meals per period and the entries of the day with their reversal. A second
 * subsidised meal of the period is refused plainly and may be served at full price with one click.
 */
@Named
@ViewScoped
public class ServingScreenView implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Until when the screen offers breakfast, then lunch (China time); dinner after that. */
    static final LocalTime BREAKFAST_UNTIL = LocalTime.of(10, 0);
    static final LocalTime LUNCH_UNTIL = LocalTime.of(15, 0);

    /** The key of the refusal of a second subsidised meal, which the screen offers to serve at full price. */
    static final String ALREADY_SUBSIDISED = "meals.serving.alreadySubsidised";

    @Inject
    transient MealSites sites;

    @Inject
    transient MealServings servings;

    @Inject
    transient ServingQueries queries;

    @Inject
    Clock clock;

    private List<MealSiteView> openSites = List.of();
    /** The site the page was opened for ({@code ?site=}); the menu chooses among them afterwards. */
    private Long siteParam;
    private Long siteId;
    private String period;
    private String kind = ServingKind.SERVED.name();
    private String entry;
    private ServingDayView day;
    private ServingView last;
    private String refusal;
    private String error;
    private RecordServing pending;
    private Long reverseId;
    private String reverseReason;

    public void load() {
        try {
            openSites = sites.servingSites();
            siteId = siteParam;
            if (siteId != null && site().isEmpty()) {
                Faces.notFound();
                return;
            }
            if (siteId == null && !openSites.isEmpty()) {
                siteId = openSites.get(0).id();
            }
            chooseSite();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    /** Another site: its meal of the moment, its day, a clean slate. */
    public void chooseSite() {
        clear();
        Optional<MealSiteView> s = site();
        if (s.isEmpty()) {
            day = null;
            return;
        }
        period = periodFor(s.get().periods(), clock);
        if (!s.get().delivery()) {
            kind = ServingKind.SERVED.name();
        }
        refreshDay();
    }

    /** Another meal or kind chosen, or a refusal set aside: the last outcome no longer applies. */
    public void resetOutcome() {
        clear();
    }

    /** Records the meal of the entry (scanned card, or ID digits and name). */
    public void record() {
        ServingEntry e = ServingEntry.of(entry);
        submit(new RecordServing(siteId, period, kind, e.cardToken(), e.idLast4(), e.name(), false));
    }

    /** Serves the refused meal again at full price, without subsidy. */
    public void serveFullPrice() {
        if (pending != null) {
            RecordServing p = pending;
            submit(new RecordServing(p.siteId(), p.period(), p.kind(), p.cardToken(), p.idLast4(), p.name(), true));
        }
    }

    /** Records the meal; the outcome, good or not, shows in the screen's outcome box and the field is emptied. */
    private void submit(RecordServing in) {
        clear();
        entry = null;
        try {
            last = servings.record(in);
        } catch (DomainException e) {
            String text = ErrorMessages.format(e, Faces.locale());
            if (e.kind() == DomainException.Kind.CONFLICT && ALREADY_SUBSIDISED.equals(e.messageKey())) {
                refusal = text;
                pending = in;
            } else {
                error = text;
            }
        }
        refreshDay();
    }

    /** Asks for the reason of reversing an entry of the day. */
    public void askReversal(long servingId) {
        reverseId = servingId;
        reverseReason = null;
    }

    public void reverse() {
        try {
            servings.reverse(reverseId, reverseReason);
            reverseId = null;
            reverseReason = null;
            clear();
            refreshDay();
            Faces.info("meals.serve.reversed");
        } catch (DomainException e) {
            String text = ErrorMessages.format(e, Faces.locale());
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.addMessage("reverseForm:reason", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            fc.validationFailed();
        }
    }

    private void clear() {
        last = null;
        refusal = null;
        error = null;
        pending = null;
    }

    private void refreshDay() {
        day = siteId == null ? null : queries.day(siteId, null);
    }

    private Optional<MealSiteView> site() {
        return openSites.stream().filter(s -> siteId != null && s.id() == siteId).findFirst();
    }

    /**
     * The meal of the moment at a site serving these meals: breakfast until 10:00, lunch until 15:00, dinner after
     * (China time); a meal the site does not serve gives way to its next one, or to its last one late in the day.
     */
    static String periodFor(List<String> served, Clock clock) {
        LocalTime now = LocalTime.now(clock.withZone(ChinaTime.ZONE));
        MealPeriod byTime = now.isBefore(BREAKFAST_UNTIL) ? MealPeriod.BREAKFAST
                : now.isBefore(LUNCH_UNTIL) ? MealPeriod.LUNCH : MealPeriod.DINNER;
        for (MealPeriod p : MealPeriod.values()) {
            if (p.compareTo(byTime) >= 0 && served.contains(p.name())) {
                return p.name();
            }
        }
        return served.isEmpty() ? byTime.name() : served.get(served.size() - 1);
    }

    /** The subsidy of the last meal: county, city and charity together. */
    public BigDecimal getLastSubsidy() {
        return last == null ? null : last.countySubsidy().add(last.cityPart()).add(last.charityPart());
    }

    /** Today's entries, the latest first. */
    public List<ServingView> getEntries() {
        if (day == null) {
            return List.of();
        }
        List<ServingView> entries = new ArrayList<>(day.servings());
        Collections.reverse(entries);
        return entries;
    }

    public MealSiteView getSite() {
        return site().orElse(null);
    }

    public List<MealSiteView> getOpenSites() {
        return openSites;
    }

    public Long getSiteParam() {
        return siteParam;
    }

    public void setSiteParam(Long siteParam) {
        this.siteParam = siteParam;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getEntry() {
        return entry;
    }

    public void setEntry(String entry) {
        this.entry = entry;
    }

    public ServingDayView getDay() {
        return day;
    }

    public ServingView getLast() {
        return last;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getError() {
        return error;
    }

    public Long getReverseId() {
        return reverseId;
    }

    public String getReverseReason() {
        return reverseReason;
    }

    public void setReverseReason(String reverseReason) {
        this.reverseReason = reverseReason;
    }
}
