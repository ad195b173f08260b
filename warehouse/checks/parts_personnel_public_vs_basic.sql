-- asset: quality_findings
-- description: 人员经费 + 公用经费 equals 基本支出
FROM findings_of('parts_personnel_public_vs_basic')
