-- asset: quality_findings
-- description: indicator 得分 add up to the table's 总分
FROM findings_of('indicator_scores_vs_total')
