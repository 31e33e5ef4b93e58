-- Approvals of one household serialise on the household's own subsidy account in renovation_household_subsidy,
-- no longer on the elders' household row (renovation reads no other context's table). An account is opened with a
-- household's first plan; households that have plans get theirs here, holding nothing, with the cap in force now.
INSERT IGNORE INTO renovation_household_subsidy (county_code, household_id, approved, cap, plans, updated_at)
SELECT p.county_code, p.household_id, 0.00,
       COALESCE((SELECT CAST(s.setting_value AS DECIMAL(10,2)) FROM shared_policy_setting s
                 WHERE s.county_code = p.county_code AND s.setting_key = 'renovation.householdCap'
                   AND s.effective_from <= DATE(DATE_ADD(UTC_TIMESTAMP(), INTERVAL 8 HOUR))
                 ORDER BY s.effective_from DESC, s.version DESC LIMIT 1), 3000.00),
       0, UTC_TIMESTAMP(6)
FROM (SELECT DISTINCT county_code, household_id FROM renovation_plan) p;
