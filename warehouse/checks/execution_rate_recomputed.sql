-- asset: quality_findings
-- description: stated 执行率 equals 执行数 / 全年预算数
FROM findings_of('execution_rate_recomputed')
