-- The library table's compliance column and its sort orders (ui library, ContentListing).
-- compliance_status is a projection of compliance_checks: the latest run on the item's current revision
-- failed a check -> 'rejected', warned or asked for a human -> 'review', passed every check -> 'approved',
-- no run yet -> 'pending'. Triggers keep it in step when a check is recorded, when an edit makes a new
-- revision (its checks have not run yet) and when a synced row arrives after its checks.

ALTER TABLE content_library ADD COLUMN compliance_status TEXT NOT NULL DEFAULT 'pending';

CREATE TRIGGER content_library_compliance_on_check AFTER INSERT ON compliance_checks BEGIN
    UPDATE content_library SET compliance_status = (
        SELECT CASE max(CASE k.check_result WHEN 'failed' THEN 3 WHEN 'warning' THEN 2
                                            WHEN 'manual_review' THEN 2 ELSE 1 END)
               WHEN 3 THEN 'rejected' WHEN 2 THEN 'review' WHEN 1 THEN 'approved' ELSE 'pending' END
        FROM compliance_checks k
        WHERE k.content_id = content_library.id AND k.content_version = content_library.revision
          AND k.created_at = (SELECT max(l.created_at) FROM compliance_checks l
                              WHERE l.content_id = content_library.id AND l.content_version = content_library.revision))
    WHERE id = new.content_id AND revision = new.content_version;
END;

CREATE TRIGGER content_library_compliance_on_revision AFTER UPDATE OF revision ON content_library
WHEN new.revision <> old.revision BEGIN
    UPDATE content_library SET compliance_status = (
        SELECT CASE max(CASE k.check_result WHEN 'failed' THEN 3 WHEN 'warning' THEN 2
                                            WHEN 'manual_review' THEN 2 ELSE 1 END)
               WHEN 3 THEN 'rejected' WHEN 2 THEN 'review' WHEN 1 THEN 'approved' ELSE 'pending' END
        FROM compliance_checks k
        WHERE k.content_id = new.id AND k.content_version = new.revision
          AND k.created_at = (SELECT max(l.created_at) FROM compliance_checks l
                              WHERE l.content_id = new.id AND l.content_version = new.revision))
    WHERE row_id = new.row_id;
END;

CREATE TRIGGER content_library_compliance_on_insert AFTER INSERT ON content_library BEGIN
    UPDATE content_library SET compliance_status = (
        SELECT CASE max(CASE k.check_result WHEN 'failed' THEN 3 WHEN 'warning' THEN 2
                                            WHEN 'manual_review' THEN 2 ELSE 1 END)
               WHEN 3 THEN 'rejected' WHEN 2 THEN 'review' WHEN 1 THEN 'approved' ELSE 'pending' END
        FROM compliance_checks k
        WHERE k.content_id = new.id AND k.content_version = new.revision
          AND k.created_at = (SELECT max(l.created_at) FROM compliance_checks l
                              WHERE l.content_id = new.id AND l.content_version = new.revision))
    WHERE row_id = new.row_id AND EXISTS (SELECT 1 FROM compliance_checks WHERE content_id = new.id);
END;

UPDATE content_library SET compliance_status = (
    SELECT CASE max(CASE k.check_result WHEN 'failed' THEN 3 WHEN 'warning' THEN 2
                                        WHEN 'manual_review' THEN 2 ELSE 1 END)
           WHEN 3 THEN 'rejected' WHEN 2 THEN 'review' WHEN 1 THEN 'approved' ELSE 'pending' END
    FROM compliance_checks k
    WHERE k.content_id = content_library.id AND k.content_version = content_library.revision
      AND k.created_at = (SELECT max(l.created_at) FROM compliance_checks l
                          WHERE l.content_id = content_library.id AND l.content_version = content_library.revision));

-- one index per sortable column: the sort key, id (ties), then the columns the library filters on. A page
-- at any offset walks the index (forwards, or backwards for the reversed order) and checks the filters
-- inside it, reading a table row only for the rows it returns (ContentFilter.orderedWhere).
CREATE INDEX idx_content_library_order_updated
    ON content_library(updated_at DESC, id, status, content_type, compliance_status);
CREATE INDEX idx_content_library_order_title
    ON content_library(lower(title), id, status, content_type, compliance_status);
CREATE INDEX idx_content_library_order_type ON content_library(content_type, id, status, compliance_status);
CREATE INDEX idx_content_library_order_status ON content_library(status, id, content_type, compliance_status);
CREATE INDEX idx_content_library_order_compliance
    ON content_library(compliance_status, id, status, content_type);
