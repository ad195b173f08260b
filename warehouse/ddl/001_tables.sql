-- Warehouse tables (schema main), as fixed by CONTRACT.md. Created once; loads replace rows.

CREATE TABLE IF NOT EXISTS reports (
    report_id                  VARCHAR PRIMARY KEY,  -- first 16 hex chars of sha256 of the bytes
    source_file                VARCHAR NOT NULL,     -- path relative to RAW_REPORTS_DIR
    source_format              VARCHAR NOT NULL,     -- txt | pdf | docx | html | xlsx
    title                      VARCHAR,
    department                 VARCHAR,
    province                   VARCHAR,
    city                       VARCHAR,
    district                   VARCHAR,
    fiscal_year                INTEGER,              -- the budget year evaluated
    report_kind                VARCHAR NOT NULL,     -- department_overall | project
    self_score                 DOUBLE,
    grade                      VARCHAR,              -- 优 | 良 | 中 | 差
    staff_authorized           INTEGER,
    staff_actual               INTEGER,
    budget_execution_rate_pct  DOUBLE,
    -- beyond the contract, for reconciling the 自评表: its 总分 row and the funds row's 分值/得分
    indicator_total_weight     DOUBLE,
    indicator_total_score      DOUBLE,
    budget_execution_weight    DOUBLE,
    budget_execution_score     DOUBLE,
    budget_adjustment_rate_pct DOUBLE     -- the stated 预算调整率, where a table gives it
);

CREATE TABLE IF NOT EXISTS budget_items (
    report_id        VARCHAR NOT NULL,
    fiscal_year      INTEGER NOT NULL,
    item             VARCHAR NOT NULL,   -- canonical code or 'other'
    label            VARCHAR,            -- as written
    amount_wan_yuan  DECIMAL(18,6) NOT NULL,
    amount_raw       VARCHAR NOT NULL,
    line_no          INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS indicators (
    report_id     VARCHAR NOT NULL,
    seq           INTEGER NOT NULL,
    level1        VARCHAR,
    level2        VARCHAR,
    name          VARCHAR NOT NULL,
    target_raw    VARCHAR,
    actual_raw    VARCHAR,
    target_op     VARCHAR,
    target_value  DOUBLE,
    actual_value  DOUBLE,
    target_unit   VARCHAR,
    actual_unit   VARCHAR,
    weight        DOUBLE,
    score         DOUBLE,
    source_kind   VARCHAR NOT NULL,   -- table | narrative
    line_no       INTEGER NOT NULL,
    PRIMARY KEY (report_id, seq)
);

-- What the reconciliation checks found wrong (pipelines/quality.py); version_conflict is decided at load.
CREATE TABLE IF NOT EXISTS quality_findings (
    report_id  VARCHAR NOT NULL,
    "check"    VARCHAR NOT NULL,
    severity   VARCHAR NOT NULL,   -- error | warning | info
    message    VARCHAR NOT NULL,
    line_no    INTEGER
);

CREATE TABLE IF NOT EXISTS rejected_files (
    source_file  VARCHAR NOT NULL,
    file_sha256  VARCHAR,
    stage        VARCHAR NOT NULL,   -- read | parse | validate | duplicate
    error        VARCHAR NOT NULL,
    detected_at  TIMESTAMP NOT NULL
);

-- Manifest of the files seen: lets a refresh skip files whose size, mtime and extractor are unchanged.
CREATE TABLE IF NOT EXISTS source_files (
    source_file        VARCHAR PRIMARY KEY,
    file_sha256        VARCHAR,
    report_id          VARCHAR,
    size_bytes         BIGINT,
    mtime_ns           BIGINT,
    source_format      VARCHAR,
    status             VARCHAR,   -- loaded | rejected
    extractor_version  VARCHAR,
    loaded_at          TIMESTAMP
);
