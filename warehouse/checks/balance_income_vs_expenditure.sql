-- asset: quality_findings
-- description: 收入 + 年初结转 equals 支出 + 年末结转
FROM findings_of('balance_income_vs_expenditure')
