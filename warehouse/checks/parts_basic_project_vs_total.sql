-- asset: quality_findings
-- description: 基本支出 + 项目支出 equals 支出合计
FROM findings_of('parts_basic_project_vs_total')
