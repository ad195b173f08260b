-- asset: quality_findings
-- description: no indicator scores above its weight
FROM findings_of('score_above_weight')
