-- asset: quality_findings
-- description: a figure stated twice has the same value
FROM findings_of('restated_differently')
