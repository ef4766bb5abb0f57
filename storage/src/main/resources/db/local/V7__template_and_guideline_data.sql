-- Templates and guidelines keep the whole domain record as JSON (read back as is); the spec columns
-- beside it are its projections for filters and order.
ALTER TABLE content_templates ADD COLUMN template_data TEXT NOT NULL DEFAULT '{}';
ALTER TABLE brand_guidelines ADD COLUMN guideline_data TEXT NOT NULL DEFAULT '{}';
