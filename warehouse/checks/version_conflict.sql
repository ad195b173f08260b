-- asset: quality_findings
-- description: one current version per department, year and report kind
FROM findings_of('version_conflict')
