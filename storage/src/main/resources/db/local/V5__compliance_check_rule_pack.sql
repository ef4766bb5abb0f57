-- A compliance check row also records the rule pack version it ran with (a rule change re-checks what it
-- affects) and the whole check as JSON (check_data, read back as is; the other columns are its
-- projections for the history query and the spec's columns).

ALTER TABLE compliance_checks ADD COLUMN rule_pack_version TEXT NOT NULL DEFAULT '';
ALTER TABLE compliance_checks ADD COLUMN check_data TEXT NOT NULL DEFAULT '{}';
