-- The built-in rules of henan-2022 (data/rules/*.rules) as SQL over the derived tables, one query per rule.
-- Portable: DuckDB, SQLite and PostgreSQL run this file as it is.
--
-- cells: one row per value cell of every checked table (the derived tables and key-figures), figures in hundredths
-- (of 万元; of a percent point for key-figures' changePct and share), NULL for an empty cell:
--   table_id, row_key, row_ord (position in the table), parent_key (the nearest row above with a lower level),
--   level, code, code_kind (function | economic | unit | project | none), role (total | subtotal | detail | footer
--   | heading), column_key, value.
-- The rule language reads an empty cell as 0 and tells it apart only in isBlank: a compared value is
-- COALESCE(value, 0), and IS NULL is isBlank. (SUM skips NULLs; the one-pass row figures below are never NULL, since
-- every row of those tables has several columns and the other columns add 0.)
-- Each query returns the cells that fail: (table_id, row_key, column_key) of the rule's left-hand side. A finding
-- of the engine at any severity (rounding included) is a failing cell, so a comparison fails when the two sides
-- differ at all (every built-in rule has tolerance 0).
--
-- "children" of a unit, economic or listed row (and of 合计 in a table without function rows): the rows whose
-- parent_key is that row, of the smallest level among them. Of a function row: the function rows whose code
-- extends its code, of the shortest such length.

-- rule: fn-total-equals-rows
WITH fn AS (
  SELECT table_id, column_key, length(code) AS len, SUM(value) AS total
  FROM cells
  WHERE table_id IN ('expenditure-summary', 'general-budget-expenditure', 'government-fund') AND code_kind = 'function'
  GROUP BY table_id, column_key, length(code)),
top AS (
  SELECT f.table_id, f.column_key, f.total FROM fn f
  WHERE f.len = (SELECT MIN(g.len) FROM fn g WHERE g.table_id = f.table_id))
SELECT c.table_id, c.row_key, c.column_key
FROM cells c LEFT JOIN top t ON t.table_id = c.table_id AND t.column_key = c.column_key
WHERE c.table_id IN ('expenditure-summary', 'general-budget-expenditure', 'government-fund') AND c.row_key = 'total'
  AND COALESCE(c.value, 0) <> COALESCE(t.total, 0);

-- rule: fn-class-equals-children
WITH parents AS (
  SELECT DISTINCT table_id, row_key, code FROM cells
  WHERE table_id IN ('expenditure-summary', 'general-budget-expenditure', 'government-fund') AND code_kind = 'function' AND role = 'subtotal'),
coded AS (
  SELECT DISTINCT table_id, row_key, code FROM cells
  WHERE table_id IN ('expenditure-summary', 'general-budget-expenditure', 'government-fund') AND code_kind = 'function'),
below AS (
  SELECT p.table_id, p.row_key AS parent, d.row_key AS child, length(d.code) AS len
  FROM parents p JOIN coded d ON d.table_id = p.table_id AND length(d.code) > length(p.code) AND substr(d.code, 1, length(p.code)) = p.code),
kids AS (
  SELECT b.table_id, b.parent, b.child FROM below b
  WHERE b.len = (SELECT MIN(e.len) FROM below e WHERE e.table_id = b.table_id AND e.parent = b.parent)),
sums AS (
  SELECT k.table_id, k.parent, c.column_key, SUM(c.value) AS total
  FROM kids k JOIN cells c ON c.table_id = k.table_id AND c.row_key = k.child
  GROUP BY k.table_id, k.parent, c.column_key)
SELECT c.table_id, c.row_key, c.column_key
FROM cells c LEFT JOIN sums s ON s.table_id = c.table_id AND s.parent = c.row_key AND s.column_key = c.column_key
WHERE c.table_id IN ('expenditure-summary', 'general-budget-expenditure', 'government-fund') AND c.code_kind = 'function' AND c.role = 'subtotal'
  AND COALESCE(c.value, 0) <> COALESCE(s.total, 0);

-- rule: unit-rows-add-up, listed-total-equals-rows, economic-class-equals-items, henan-economic-summary-rows
-- A unit, listed or economic row (and 合计 of a table without function rows) = Σ its children, every column.
WITH levels AS (
  SELECT table_id, parent_key, column_key, level, SUM(value) AS total,
         MIN(level) OVER (PARTITION BY table_id, parent_key, column_key) AS first_level
  FROM cells
  WHERE parent_key IS NOT NULL AND table_id IN ('expenditure-summary', 'general-budget-expenditure', 'government-fund',
    'income-summary', 'projects', 'general-budget-basic', 'economic-summary')
  GROUP BY table_id, parent_key, column_key, level)
SELECT c.table_id, c.row_key, c.column_key
FROM cells c LEFT JOIN levels l ON l.table_id = c.table_id AND l.parent_key = c.row_key AND l.column_key = c.column_key AND l.level = l.first_level
WHERE ((c.table_id IN ('expenditure-summary', 'general-budget-expenditure', 'government-fund') AND c.code_kind = 'unit' AND c.role = 'subtotal')
    OR (c.table_id IN ('income-summary', 'projects', 'economic-summary') AND c.level < 2)
    OR (c.table_id = 'general-budget-basic' AND c.role = 'subtotal'))
  AND COALESCE(c.value, 0) <> COALESCE(l.total, 0);

-- rule: economic-total-equals-rows
WITH counts AS (
  SELECT COUNT(DISTINCT row_key) AS classes FROM cells WHERE table_id = 'general-budget-basic' AND level = 1),
levels AS (
  SELECT column_key,
         SUM(CASE WHEN level = 1 THEN value ELSE 0 END) AS classes,
         SUM(CASE WHEN level = 2 THEN value ELSE 0 END) AS items
  FROM cells WHERE table_id = 'general-budget-basic' GROUP BY column_key)
SELECT c.table_id, c.row_key, c.column_key
FROM cells c CROSS JOIN counts n LEFT JOIN levels l ON l.column_key = c.column_key
WHERE c.table_id = 'general-budget-basic' AND c.row_key = 'total'
  AND COALESCE(c.value, 0) <> COALESCE(CASE WHEN n.classes > 0 THEN l.classes ELSE l.items END, 0);

-- rule: basic-table-personnel-plus-operating, henan-basic-equals-parts, henan-project-equals-parts,
--   henan-total-equals-kinds, henan-economic-summary-columns, three-public-total, three-public-vehicles, fiscal-columns-add-up
-- Each row's figures in one pass (one column per figure these rules read), then each rule's sum per row.
WITH rows_ AS (
  SELECT table_id, row_key,
    SUM(CASE WHEN column_key = 'total' THEN value ELSE 0 END) AS c_total,
    SUM(CASE WHEN column_key = 'basic' THEN value ELSE 0 END) AS c_basic,
    SUM(CASE WHEN column_key = 'project' THEN value ELSE 0 END) AS c_project,
    SUM(CASE WHEN column_key = 'wages' THEN value ELSE 0 END) AS c_wages,
    SUM(CASE WHEN column_key = 'family' THEN value ELSE 0 END) AS c_family,
    SUM(CASE WHEN column_key = 'goods' THEN value ELSE 0 END) AS c_goods,
    SUM(CASE WHEN column_key = 'capital' THEN value ELSE 0 END) AS c_capital,
    SUM(CASE WHEN column_key = 'projectOther' THEN value ELSE 0 END) AS c_projectOther,
    SUM(CASE WHEN column_key = 'projectSpecific' THEN value ELSE 0 END) AS c_projectSpecific,
    SUM(CASE WHEN column_key = 'personnel' THEN value ELSE 0 END) AS c_personnel,
    SUM(CASE WHEN column_key = 'operating' THEN value ELSE 0 END) AS c_operating,
    SUM(CASE WHEN column_key = 'abroad' THEN value ELSE 0 END) AS c_abroad,
    SUM(CASE WHEN column_key = 'vehicles' THEN value ELSE 0 END) AS c_vehicles,
    SUM(CASE WHEN column_key = 'reception' THEN value ELSE 0 END) AS c_reception,
    SUM(CASE WHEN column_key = 'vehiclePurchase' THEN value ELSE 0 END) AS c_vehiclePurchase,
    SUM(CASE WHEN column_key = 'vehicleOperation' THEN value ELSE 0 END) AS c_vehicleOperation,
    SUM(CASE WHEN column_key = 'fiscalTotal' THEN value ELSE 0 END) AS c_fiscalTotal,
    SUM(CASE WHEN column_key = 'fiscalGeneralBudget' THEN value ELSE 0 END) AS c_fiscalGeneralBudget,
    SUM(CASE WHEN column_key = 'fiscalGovernmentFund' THEN value ELSE 0 END) AS c_fiscalGovernmentFund,
    SUM(CASE WHEN column_key = 'fiscalStateCapital' THEN value ELSE 0 END) AS c_fiscalStateCapital
  FROM cells
  WHERE table_id IN ('general-budget-basic', 'expenditure-summary', 'general-budget-expenditure', 'government-fund',
    'economic-summary', 'three-public', 'fiscal-summary')
  GROUP BY table_id, row_key)
SELECT table_id, row_key, 'total' FROM rows_ WHERE table_id = 'general-budget-basic' AND c_total <> c_personnel + c_operating
UNION ALL SELECT table_id, row_key, 'basic' FROM rows_ WHERE table_id IN ('expenditure-summary', 'general-budget-expenditure', 'government-fund') AND c_basic <> c_wages + c_family + c_goods + c_capital
UNION ALL SELECT table_id, row_key, 'project' FROM rows_ WHERE table_id IN ('expenditure-summary', 'general-budget-expenditure', 'government-fund') AND c_project <> c_projectOther + c_projectSpecific
UNION ALL SELECT table_id, row_key, 'total' FROM rows_ WHERE table_id IN ('expenditure-summary', 'general-budget-expenditure', 'government-fund') AND c_total <> c_basic + c_project
UNION ALL SELECT table_id, row_key, 'total' FROM rows_ WHERE table_id = 'economic-summary' AND c_total <> c_basic + c_project
UNION ALL SELECT table_id, row_key, 'basic' FROM rows_ WHERE table_id = 'economic-summary' AND c_basic <> c_personnel + c_operating
UNION ALL SELECT table_id, row_key, 'total' FROM rows_ WHERE table_id = 'three-public' AND c_total <> c_abroad + c_vehicles + c_reception
UNION ALL SELECT table_id, row_key, 'vehicles' FROM rows_ WHERE table_id = 'three-public' AND c_vehicles <> c_vehiclePurchase + c_vehicleOperation
UNION ALL SELECT table_id, row_key, 'fiscalTotal' FROM rows_ WHERE table_id = 'fiscal-summary' AND c_fiscalTotal <> c_fiscalGeneralBudget + c_fiscalGovernmentFund + c_fiscalStateCapital;

-- rule: fiscal-expenditure-equals-classes
WITH classes AS (
  SELECT column_key, SUM(value) AS total FROM cells
  WHERE table_id = 'fiscal-summary' AND code_kind = 'function' GROUP BY column_key)
SELECT c.table_id, c.row_key, c.column_key
FROM cells c LEFT JOIN classes s ON s.column_key = c.column_key
WHERE c.table_id = 'fiscal-summary' AND c.row_key = 'fiscal:thisYearExpenditure' AND COALESCE(c.value, 0) <> COALESCE(s.total, 0);

-- rule: summary-expenditure-equals-classes
SELECT 'income-expenditure-summary', 'thisYearExpenditure', 'expenditure'
WHERE COALESCE((SELECT value FROM cells WHERE table_id = 'income-expenditure-summary' AND row_key = 'thisYearExpenditure' AND column_key = 'expenditure'), 0)
   <> COALESCE((SELECT SUM(value) FROM cells WHERE table_id = 'income-expenditure-summary' AND code_kind = 'function' AND column_key = 'expenditure'), 0);

-- rule: summary-income-rows-add-up
SELECT 'income-expenditure-summary', 'thisYearIncome', 'income'
WHERE COALESCE((SELECT value FROM cells WHERE table_id = 'income-expenditure-summary' AND row_key = 'thisYearIncome' AND column_key = 'income'), 0)
   <> COALESCE((SELECT SUM(value) FROM cells WHERE table_id = 'income-expenditure-summary' AND level = 1 AND column_key = 'income'), 0);

-- rule: income-equals-expenditure, fiscal-income-equals-expenditure, summary-totals,
--   summary-expenditure-equals-expenditure-table, general-budget-equals-fiscal, basic-table-equals-general-budget-basic,
--   projects-equal-expenditure-project, summary-income-equals-income-table, summary-income-by-source,
--   henan-economic-summary-equals-expenditure-table, henan-carry-over-equals-income-table,
--   henan-fiscal-carry-over-by-source: one cell against another (plus a third)
WITH pairs (table_id, row_key, column_key, right_table, right_row, right_column, plus_row) AS (VALUES
  ('income-expenditure-summary', 'incomeTotal', 'income', 'income-expenditure-summary', 'expenditureTotal', 'expenditure', NULL),
  ('fiscal-summary', 'fiscal:incomeTotal', 'fiscalIncome', 'fiscal-summary', 'fiscal:expenditureTotal', 'fiscalTotal', NULL),
  ('income-expenditure-summary', 'incomeTotal', 'income', 'income-expenditure-summary', 'thisYearIncome', 'income', 'carryOverIncome'),
  ('income-expenditure-summary', 'expenditureTotal', 'expenditure', 'income-expenditure-summary', 'thisYearExpenditure', 'expenditure', 'yearEndBalance'),
  ('income-expenditure-summary', 'thisYearExpenditure', 'expenditure', 'expenditure-summary', 'total', 'total', NULL),
  ('general-budget-expenditure', 'total', 'total', 'fiscal-summary', 'fiscal:thisYearExpenditure', 'fiscalGeneralBudget', NULL),
  ('general-budget-basic', 'total', 'total', 'general-budget-expenditure', 'total', 'basic', NULL),
  ('projects', 'total', 'total', 'expenditure-summary', 'total', 'project', NULL),
  ('income-expenditure-summary', 'incomeTotal', 'income', 'income-summary', 'total', 'total', NULL),
  ('income-expenditure-summary', 'income:generalBudget', 'income', 'income-summary', 'total', 'generalBudget', NULL),
  ('income-expenditure-summary', 'income:governmentFund', 'income', 'income-summary', 'total', 'governmentFund', NULL),
  ('income-expenditure-summary', 'income:stateCapital', 'income', 'income-summary', 'total', 'stateCapital', NULL),
  ('income-expenditure-summary', 'income:specialAccount', 'income', 'income-summary', 'total', 'specialAccount', NULL),
  ('income-expenditure-summary', 'income:business', 'income', 'income-summary', 'total', 'business', NULL),
  ('income-expenditure-summary', 'income:businessOperation', 'income', 'income-summary', 'total', 'businessOperation', NULL),
  ('income-expenditure-summary', 'income:superiorSubsidy', 'income', 'income-summary', 'total', 'superiorSubsidy', NULL),
  ('income-expenditure-summary', 'income:subsidiaryRemittance', 'income', 'income-summary', 'total', 'subsidiaryRemittance', NULL),
  ('income-expenditure-summary', 'income:other', 'income', 'income-summary', 'total', 'other', NULL),
  ('economic-summary', 'total', 'total', 'expenditure-summary', 'total', 'total', NULL),
  ('economic-summary', 'total', 'basic', 'expenditure-summary', 'total', 'basic', NULL),
  ('economic-summary', 'total', 'project', 'expenditure-summary', 'total', 'project', NULL),
  ('income-expenditure-summary', 'carryOverIncome', 'income', 'income-summary', 'total', 'carryOverTotal', NULL),
  ('fiscal-summary', 'fiscal:carryOver:generalBudget', 'fiscalIncome', 'income-summary', 'total', 'carryOverGeneralBudget', NULL),
  ('fiscal-summary', 'fiscal:carryOver:governmentFund', 'fiscalIncome', 'income-summary', 'total', 'carryOverGovernmentFund', NULL),
  ('fiscal-summary', 'fiscal:carryOver:stateCapital', 'fiscalIncome', 'income-summary', 'total', 'carryOverStateCapital', NULL)),
wanted (table_id, row_key, column_key) AS (
  SELECT table_id, row_key, column_key FROM pairs
  UNION SELECT right_table, right_row, right_column FROM pairs
  UNION SELECT right_table, plus_row, right_column FROM pairs WHERE plus_row IS NOT NULL),
figures AS (
  SELECT c.table_id, c.row_key, c.column_key, c.value
  FROM cells c JOIN wanted w ON w.table_id = c.table_id AND w.row_key = c.row_key AND w.column_key = c.column_key)
SELECT p.table_id, p.row_key, p.column_key FROM pairs p
LEFT JOIN figures l ON l.table_id = p.table_id AND l.row_key = p.row_key AND l.column_key = p.column_key
LEFT JOIN figures r ON r.table_id = p.right_table AND r.row_key = p.right_row AND r.column_key = p.right_column
LEFT JOIN figures s ON s.table_id = p.right_table AND s.row_key = p.plus_row AND s.column_key = p.right_column
WHERE COALESCE(l.value, 0) <> COALESCE(r.value, 0) + COALESCE(s.value, 0);

-- rule: fiscal-carry-over-within-summary, agency-costs-within-operating: one cell at most another
WITH pairs (table_id, row_key, column_key, right_table, right_row, right_column) AS (VALUES
  ('fiscal-summary', 'fiscal:carryOver', 'fiscalIncome', 'income-expenditure-summary', 'carryOverIncome', 'income'),
  ('key-figures', 'agencyOperatingCosts', 'thisYear', 'key-figures', 'operating', 'thisYear')),
wanted (table_id, row_key, column_key) AS (
  SELECT table_id, row_key, column_key FROM pairs
  UNION SELECT right_table, right_row, right_column FROM pairs),
figures AS (
  SELECT c.table_id, c.row_key, c.column_key, c.value
  FROM cells c JOIN wanted w ON w.table_id = c.table_id AND w.row_key = c.row_key AND w.column_key = c.column_key)
SELECT p.table_id, p.row_key, p.column_key FROM pairs p
LEFT JOIN figures l ON l.table_id = p.table_id AND l.row_key = p.row_key AND l.column_key = p.column_key
LEFT JOIN figures r ON r.table_id = p.right_table AND r.row_key = p.right_row AND r.column_key = p.right_column
WHERE COALESCE(l.value, 0) > COALESCE(r.value, 0);

-- rule: key-figure-shares-add-up
-- Each whole (role subtotal): |Σ its children's share − pct(Σ their 本年, its 本年)| ≤ 0.01 per child, in hundredths
-- of a percent point. pct is 0 for a whole of 0, else rounded half away from zero: ROUND of a numeric (PostgreSQL)
-- or a double (DuckDB, SQLite) does that in all three.
WITH figures AS (
  SELECT row_key, parent_key, level, role,
    MAX(CASE WHEN column_key = 'thisYear' THEN value END) AS this_year,
    MAX(CASE WHEN column_key = 'share' THEN value END) AS share
  FROM cells WHERE table_id = 'key-figures'
  GROUP BY row_key, parent_key, level, role),
kids AS (
  SELECT parent_key, level, this_year, share, MIN(level) OVER (PARTITION BY parent_key) AS first_level
  FROM figures WHERE parent_key IS NOT NULL),
parts AS (
  SELECT parent_key, SUM(COALESCE(share, 0)) AS shares, SUM(COALESCE(this_year, 0)) AS this_year, COUNT(*) AS n
  FROM kids WHERE level = first_level GROUP BY parent_key)
SELECT 'key-figures', w.row_key, 'share'
FROM figures w LEFT JOIN parts p ON p.parent_key = w.row_key
WHERE w.role = 'subtotal'
  AND abs(COALESCE(p.shares, 0) - CASE WHEN COALESCE(w.this_year, 0) = 0 THEN 0 ELSE ROUND(10000.0 * COALESCE(p.this_year, 0) / w.this_year) END)
    > COALESCE(p.n, 0);

-- rule: key-figure-change, key-figure-change-pct
-- 增减额 = 本年 − 上年 where 上年 is given (isBlank: NULL); 增减率 = yoy(本年, 上年), 0 where 上年 is empty or 0.
WITH figures AS (
  SELECT row_key,
    MAX(CASE WHEN column_key = 'thisYear' THEN value END) AS this_year,
    MAX(CASE WHEN column_key = 'lastYear' THEN value END) AS last_year,
    MAX(CASE WHEN column_key = 'change' THEN value END) AS change_,
    MAX(CASE WHEN column_key = 'changePct' THEN value END) AS change_pct
  FROM cells WHERE table_id = 'key-figures'
  GROUP BY row_key)
SELECT 'key-figures', row_key, 'change' FROM figures
WHERE last_year IS NOT NULL AND COALESCE(change_, 0) <> COALESCE(this_year, 0) - last_year
UNION ALL SELECT 'key-figures', row_key, 'changePct' FROM figures
WHERE COALESCE(change_pct, 0) <> CASE WHEN COALESCE(last_year, 0) = 0 THEN 0 ELSE ROUND(10000.0 * (COALESCE(this_year, 0) - last_year) / last_year) END;

-- rule: agency-costs-change, three-public-growth
-- Notices on this year's key figures: 机关运行经费's 增减率 within ±10%, “三公”经费's 增减额 not above 0 (empty reads 0).
SELECT table_id, row_key, column_key FROM cells
WHERE table_id = 'key-figures' AND ((row_key = 'agencyOperatingCosts' AND column_key = 'changePct' AND abs(COALESCE(value, 0)) > 1000)
  OR (row_key = 'threePublic' AND column_key = 'change' AND COALESCE(value, 0) > 0));
