package org.yiyang.meals.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yiyang.meals.domain.NoShow;
import org.yiyang.meals.domain.NoShowStore;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.tenancy.TenantScope;

/**
 * The spells in {@code meals_no_show}, keyed by county, elder and first day without a meal: one
 * {@code INSERT … SELECT} over the county's registrations for daily meals finds every absence (a standing meal is a
 * serving that is no reversal and was not reversed; the ledger's indexes by elder and day and by reversal serve
 * it), inserts the new spells under this run's token and brings the known ones up to date; the token then names the
 * spells this run found first. Every statement names the county.
 */
@ApplicationScoped
public class SqlNoShowStore implements NoShowStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A serving {@code s} that stands: no reversal, and not reversed. */
    private static final String STANDING = "s.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM meals_serving x "
            + "WHERE x.county_code = s.county_code AND x.reverses_id = s.id)";

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public List<NoShow> detect(int days, LocalDate day, Instant at) {
        String county = TenantScope.requireCounty();
        LocalDate from = day.minusDays(days - 1L);
        byte[] run = new byte[16];
        RANDOM.nextBytes(run);
        em.createNativeQuery("INSERT INTO meals_no_show (county_code, elder_id, registration_id, home_site_id, "
                        + "absent_since, last_meal_day, days, detected_on, seen_on, detected_at, detection_run) "
                        + "SELECT c.county_code, c.elder_id, c.id, c.home_site_id, c.absent_since, c.last_meal_day, "
                        + "DATEDIFF(?3, c.absent_since) + 1, ?3, ?3, ?5, ?6 FROM ("
                        + "SELECT g.county_code, g.elder_id, g.id, g.home_site_id, g.last_meal_day, "
                        + "GREATEST(COALESCE(DATE_ADD(g.last_meal_day, INTERVAL 1 DAY), g.reg_day), g.reg_day) "
                        + "AS absent_since FROM ("
                        + "SELECT r.county_code, r.elder_id, r.id, r.home_site_id, "
                        + "DATE(CONVERT_TZ(r.created_at, '+00:00', '+08:00')) AS reg_day, "
                        + "(SELECT MAX(s.meal_day) FROM meals_serving s WHERE s.county_code = r.county_code "
                        + "AND s.elder_id = r.elder_id AND s.meal_day <= ?3 AND " + STANDING + ") AS last_meal_day "
                        + "FROM meals_registration r WHERE r.county_code = ?1 AND r.active AND r.daily "
                        + "AND r.created_at < ?4 AND NOT EXISTS (SELECT 1 FROM meals_serving s "
                        + "WHERE s.county_code = r.county_code AND s.elder_id = r.elder_id "
                        + "AND s.meal_day BETWEEN ?2 AND ?3 AND " + STANDING + ")) g) c "
                        + "ON DUPLICATE KEY UPDATE days = GREATEST(days, VALUES(days)), "
                        + "seen_on = GREATEST(seen_on, VALUES(seen_on))")
                .setParameter(1, county).setParameter(2, from).setParameter(3, day)
                .setParameter(4, ChinaTime.startOf(from.plusDays(1))).setParameter(5, at).setParameter(6, run)
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT elder_id, registration_id, home_site_id, absent_since, "
                        + "last_meal_day, days, detected_on FROM meals_no_show WHERE county_code = ?1 "
                        + "AND detection_run = ?2 ORDER BY elder_id")
                .setParameter(1, county).setParameter(2, run).getResultList();
        return rows.stream().map(SqlNoShowStore::noShow).toList();
    }

    @Override
    public List<NoShow> open(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT n.elder_id, n.registration_id, n.home_site_id, "
                        + "n.absent_since, n.last_meal_day, n.days, n.detected_on FROM meals_no_show n "
                        + "JOIN meals_registration r ON r.county_code = n.county_code AND r.id = n.registration_id "
                        + "WHERE n.county_code = ?1 AND r.active AND r.daily AND NOT EXISTS (SELECT 1 "
                        + "FROM meals_serving s WHERE s.county_code = n.county_code AND s.elder_id = n.elder_id "
                        + "AND s.meal_day >= n.absent_since AND " + STANDING + ") "
                        + "ORDER BY n.days DESC, n.absent_since, n.elder_id LIMIT " + max)
                .setParameter(1, TenantScope.requireCounty()).getResultList();
        return rows.stream().map(SqlNoShowStore::noShow).toList();
    }

    private static NoShow noShow(Object[] r) {
        return new NoShow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                toDate(r[3]), toDate(r[4]), ((Number) r[5]).intValue(), toDate(r[6]));
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
