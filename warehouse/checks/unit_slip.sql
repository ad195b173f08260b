-- asset: quality_findings
-- description: no figure is off by 10^4 against the same quantity elsewhere
FROM findings_of('unit_slip')
