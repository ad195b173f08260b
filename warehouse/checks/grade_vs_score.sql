-- asset: quality_findings
-- description: the grade matches the score band
FROM findings_of('grade_vs_score')
