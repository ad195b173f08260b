-- asset: quality_findings
-- description: stated 调整率 equals 预算调整数 / 年初预算数
FROM findings_of('adjustment_rate_recomputed')
