-- asset: indicators
-- description: The 得分 of each indicator table add up to its stated 总分.
FROM findings_of('indicator_scores_vs_total')
