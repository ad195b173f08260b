-- Building block of the marts: which way each indicator runs, and whether its target was met.
--
-- Direction: `at_most` (met when the result is at or below the target) or `at_least` (at or above).
-- Decided, first rule that applies:
--   1. the target's operator as parsed: '<=' / '<' -> at_most, '>=' / '>' -> at_least;
--   2. a word of the target as written (target_raw): 以内, 不超过, 不高于, 低于, ≤ … or 以上, 不低于, ≥ …;
--   3. a word of the indicator's name: a rate or count of something bad (差错率, 投诉率, 事故, 成本 …)
--      -> at_most; handling, achieving or reducing it (处置率, 办结率, 整改率, 合格率, 满意, 下降 …) -> at_least;
--   4. the 一级指标 成本指标 (a cost ceiling) -> at_most;
--   5. otherwise at_least: a bare target (`100%`, op '=') is "reach at least this value".
-- Within one text, a word found inside a longer word found at the same place does not count (低于 in
-- 不低于, 合格率 in 不合格率, 满意 in 不满意); of the words left, an at_least word wins over an at_most
-- one (安全事故处置率, 投诉量下降, 成本节约率: handling or reducing the bad thing is the measure).
-- The words are the one list below (indicator_direction_words): add a word there.
CREATE OR REPLACE VIEW indicator_direction_words AS
SELECT * FROM (VALUES
    -- words of the target as written
    ('target', '≤', 'at_most'), ('target', '<', 'at_most'), ('target', '以内', 'at_most'),
    ('target', '以下', 'at_most'), ('target', '不高于', 'at_most'), ('target', '不超过', 'at_most'),
    ('target', '不多于', 'at_most'), ('target', '不大于', 'at_most'), ('target', '低于', 'at_most'),
    ('target', '少于', 'at_most'), ('target', '小于', 'at_most'), ('target', '控制在', 'at_most'),
    ('target', '≥', 'at_least'), ('target', '>', 'at_least'), ('target', '以上', 'at_least'),
    ('target', '不低于', 'at_least'), ('target', '不少于', 'at_least'), ('target', '不小于', 'at_least'),
    ('target', '至少', 'at_least'), ('target', '高于', 'at_least'), ('target', '大于', 'at_least'),
    ('target', '超过', 'at_least'), ('target', '多于', 'at_least'),
    -- words of the indicator's name: something bad, fewer is better
    ('name', '差错', 'at_most'), ('name', '错误率', 'at_most'), ('name', '投诉率', 'at_most'),
    ('name', '投诉量', 'at_most'), ('name', '事故', 'at_most'), ('name', '超支', 'at_most'),
    ('name', '成本', 'at_most'), ('name', '失误', 'at_most'), ('name', '违规', 'at_most'),
    ('name', '违纪', 'at_most'), ('name', '违法', 'at_most'), ('name', '发生率', 'at_most'),
    ('name', '发案', 'at_most'), ('name', '死亡', 'at_most'), ('name', '伤亡', 'at_most'),
    ('name', '损失', 'at_most'), ('name', '火灾', 'at_most'), ('name', '不合格率', 'at_most'),
    ('name', '不满意', 'at_most'), ('name', '误差', 'at_most'), ('name', '逾期', 'at_most'),
    ('name', '延误', 'at_most'), ('name', '积压', 'at_most'), ('name', '返工', 'at_most'),
    ('name', '重复访', 'at_most'), ('name', '越级访', 'at_most'), ('name', '用时', 'at_most'),
    ('name', '时长', 'at_most'), ('name', '时限', 'at_most'), ('name', '未整改', 'at_most'),
    ('name', '未办结', 'at_most'),
    -- words of the name that turn it back: handling or reducing the bad thing, more is better
    ('name', '完成率', 'at_least'), ('name', '合格率', 'at_least'), ('name', '满意', 'at_least'),
    ('name', '覆盖率', 'at_least'), ('name', '办结率', 'at_least'), ('name', '处置率', 'at_least'),
    ('name', '整改率', 'at_least'), ('name', '查处', 'at_least'), ('name', '化解率', 'at_least'),
    ('name', '处理率', 'at_least'), ('name', '结案率', 'at_least'), ('name', '破案率', 'at_least'),
    ('name', '受理率', 'at_least'), ('name', '到位率', 'at_least'), ('name', '执行率', 'at_least'),
    ('name', '达标率', 'at_least'), ('name', '节约', 'at_least'), ('name', '控制率', 'at_least'),
    ('name', '下降', 'at_least'), ('name', '降低', 'at_least'), ('name', '减少', 'at_least'),
    ('name', '挽回', 'at_least'), ('name', '追回', 'at_least'), ('name', '拆除', 'at_least'),
    -- 一级指标
    ('level1', '成本指标', 'at_most')
) AS t(applies_to, word, direction);

CREATE OR REPLACE VIEW indicator_judgement AS
WITH texts AS (
    -- the indicators' targets, names and level1s, each distinct text once: they repeat a lot, and the
    -- words are looked for once per text
    SELECT 'target' AS applies_to, target_raw AS text FROM indicators
    UNION SELECT 'name', name FROM indicators
    UNION SELECT 'level1', level1 FROM indicators
),
matches AS (
    -- every word found in a text, with where it first occurs
    SELECT t.applies_to, t.text, w.word, w.direction, strpos(t.text, w.word) AS word_start
    FROM texts t
    JOIN indicator_direction_words w ON w.applies_to = t.applies_to AND contains(t.text, w.word)
),
longer_words AS (
    -- pairs of the list where one word holds another (低于 in 不低于), with its offset in it
    SELECT s.applies_to, s.word, l.word AS longer, strpos(l.word, s.word) AS offset_in_longer
    FROM indicator_direction_words s
    JOIN indicator_direction_words l ON l.applies_to = s.applies_to AND l.word <> s.word AND contains(l.word, s.word)
),
shadowed AS (
    -- a word found inside a longer word found at the same place does not count
    SELECT DISTINCT m.applies_to, m.text, m.word
    FROM matches m
    JOIN longer_words p ON p.applies_to = m.applies_to AND p.word = m.word
    WHERE strpos(m.text, p.longer) > 0 AND strpos(m.text, p.longer) + p.offset_in_longer - 1 = m.word_start
),
kept AS (
    SELECT * FROM matches ANTI JOIN shadowed USING (applies_to, text, word)
),
chosen AS (
    -- the word of each text that decides: at_least wins over at_most, then the longest word
    SELECT applies_to, text,
           arg_max(direction, (direction = 'at_least', length(word), word)) AS direction,
           arg_max(word, (direction = 'at_least', length(word), word)) AS word
    FROM kept
    GROUP BY applies_to, text
),
directed AS (
    SELECT i.report_id, i.seq, i.target_op, i.target_value, i.actual_value, i.target_unit, i.actual_unit,
           CASE WHEN i.target_op IN ('<=', '<') THEN 'at_most'
                WHEN i.target_op IN ('>=', '>') THEN 'at_least'
                ELSE coalesce(ct.direction, cn.direction, cl.direction, 'at_least')
           END AS direction,
           CASE WHEN i.target_op IN ('<=', '<', '>=', '>') THEN 'target_op'
                WHEN ct.direction IS NOT NULL THEN 'target_raw'
                WHEN cn.direction IS NOT NULL THEN 'name'
                WHEN cl.direction IS NOT NULL THEN 'level1'
                ELSE 'default'
           END AS direction_basis,
           CASE WHEN i.target_op IN ('<=', '<', '>=', '>') THEN i.target_op
                ELSE coalesce(ct.word, cn.word, cl.word)
           END AS direction_word
    FROM indicators i
    LEFT JOIN chosen ct ON ct.applies_to = 'target' AND ct.text = i.target_raw
    LEFT JOIN chosen cn ON cn.applies_to = 'name' AND cn.text = i.name
    LEFT JOIN chosen cl ON cl.applies_to = 'level1' AND cl.text = i.level1
)
SELECT report_id, seq, direction, direction_basis, direction_word,
       CASE
           WHEN target_value IS NULL OR actual_value IS NULL THEN 'unknown'
           WHEN target_unit IS DISTINCT FROM actual_unit
                AND target_unit IS NOT NULL AND actual_unit IS NOT NULL THEN 'unknown'
           WHEN direction = 'at_most' THEN
               CASE WHEN (target_op = '<' AND actual_value < target_value)
                      OR (target_op IS DISTINCT FROM '<' AND actual_value <= target_value) THEN 'met' ELSE 'not met' END
           ELSE
               CASE WHEN (target_op = '>' AND actual_value > target_value)
                      OR (target_op IS DISTINCT FROM '>' AND actual_value >= target_value) THEN 'met' ELSE 'not met' END
       END AS attainment
FROM directed;

COMMENT ON VIEW indicator_direction_words IS '判断绩效指标方向的词表（唯一一处）：目标值用词、指标名称用词、一级指标；at_most 为越低越好，at_least 为越高越好';
COMMENT ON COLUMN indicator_direction_words.applies_to IS '词所查找的文本：target（年度指标值原文）、name（三级指标名称）、level1（一级指标）';
COMMENT ON COLUMN indicator_direction_words.word IS '查找的词';
COMMENT ON COLUMN indicator_direction_words.direction IS '该词表示的方向：at_most（实际值不高于目标即达成）或 at_least（实际值不低于目标即达成）';
COMMENT ON VIEW indicator_judgement IS '中间视图：每个绩效指标的方向及是否达成（按方向比较实际完成值与年度指标值）';
COMMENT ON COLUMN indicator_judgement.report_id IS '报告编号（-> reports）';
COMMENT ON COLUMN indicator_judgement.seq IS '指标在文中的顺序号';
COMMENT ON COLUMN indicator_judgement.direction IS '指标方向：at_most（越低越好，实际值 ≤ 目标即达成）或 at_least（越高越好，实际值 ≥ 目标即达成）';
COMMENT ON COLUMN indicator_judgement.direction_basis IS '方向的依据：target_op（解析出的比较符）、target_raw（目标值原文用词）、name（指标名称用词）、level1（一级指标）、default（默认越高越好）';
COMMENT ON COLUMN indicator_judgement.direction_word IS '决定方向的比较符或词';
COMMENT ON COLUMN indicator_judgement.attainment IS '达成情况：met（达成）、not met（未达成）、unknown（目标或实际值无数字，或单位不同）';
