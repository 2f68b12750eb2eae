//! The structure of a document read before any name is matched: lines, the list item a line
//! opens, the cells of table rows, tables with their header and what each column holds.
//! Names never cross a line or a cell; a table's columns say what their cells are.

use super::scan::Scan;
use crate::normalise::NormalisedText;
use crate::rules::{ColumnRole, RuleSet};

/// One line of the normalised text.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// First character.
    pub start: usize,
    /// One past the last character (before the line break).
    pub end: usize,
    /// Where the text begins after a list marker (1、 (二) ① 一是), else `start`.
    pub body: usize,
    /// Cells, when the line is a table row (two or more cells).
    pub cells: Vec<(usize, usize)>,
}

/// A table: rows of cells, with what its header says about each column.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    /// Data rows: each a list of (column, cell span).
    pub rows: Vec<Vec<(usize, (usize, usize))>>,
    /// For each column, the column rule its header matched.
    pub columns: Vec<Option<usize>>,
    /// The line just before the table (its title or the sentence announcing it), if any.
    pub caption: Option<usize>,
}

/// What the structure pass found.
#[derive(Debug, Default)]
pub(crate) struct Structure {
    /// Lines in order.
    pub lines: Vec<Line>,
    /// Tables with a recognised header.
    pub tables: Vec<Table>,
    /// For each character: is it a cell separator or a line break (a hard stop)?
    pub separator: Vec<bool>,
    /// For each character: does a line's text start here after its list marker (第四条|众创空间)?
    pub body_start: Vec<bool>,
    /// Lines weighed as rows of a table without a header: work that would grow faster than
    /// the text if a run of rows were weighed again from each of its lines.
    pub rows_weighed: usize,
    /// Short lines of a web page's furniture (its copyright, licence and credits), as
    /// character spans: the names in them are the site's, not the document's.
    pub furniture: Vec<(usize, usize)>,
}

impl Structure {
    pub fn new(doc: &NormalisedText, scan: &Scan, rules: &RuleSet) -> Self {
        let chars = &scan.chars;
        let n = chars.len();
        let mut separator = vec![false; n];
        let mut lines = Vec::new();
        let mut start = 0;
        for i in 0..=n {
            if i == n || chars[i] == '\n' {
                if i < n {
                    separator[i] = true;
                }
                lines.push(read_line(doc, scan, start, i, rules, &mut separator));
                start = i + 1;
            }
        }
        let mut rows_weighed = 0;
        let tables = find_tables(&lines, scan, rules, &mut rows_weighed);
        let mut body_start = vec![false; n + 1];
        for l in &lines {
            if l.body > l.start {
                body_start[l.body] = true;
            }
        }
        let mut structure = Structure { lines, tables, separator, body_start, rows_weighed, furniture: Vec::new() };
        if let Some(list) = rules.lexicon.id("page_furniture") {
            for h in scan.hits_in(list) {
                let l = &structure.lines[structure.line_of(h.start as usize)];
                if l.end - l.start <= FURNITURE_LINE && structure.furniture.last() != Some(&(l.start, l.end)) {
                    structure.furniture.push((l.start, l.end));
                }
            }
        }
        structure
    }

    /// Is character `c` on a line of the page's furniture?
    pub fn in_furniture(&self, c: usize) -> bool {
        let k = self.furniture.partition_point(|&(_, e)| e <= c);
        self.furniture.get(k).is_some_and(|&(s, _)| s <= c)
    }

    /// Where the document says who wrote it, besides its title: the value of a label among
    /// its opening lines (发文单位: X, 发布机构: X) and its signature (the line above a closing
    /// date, a stamp's note aside). Places there are where the document is from.
    /// The fields after the labels of `author_label` that `keep` keeps, on the opening lines
    /// (发文单位: 明州市科学技术局 gives the span of the name): each runs to a space, a bar or
    /// the line's end.
    pub fn labelled_fields(&self, chars: &[char], rules: &RuleSet, keep: impl Fn(&str) -> bool) -> Vec<(usize, usize)> {
        // Each label's characters once, not once per opening line.
        let labels: Vec<Vec<char>> = rules.list("author_label").iter().filter(|label| keep(label)).map(|label| label.chars().collect()).collect();
        let mut fields = Vec::new();
        let opening: Vec<&Line> = self.lines.iter().filter(|l| l.end > l.start).take(OPENING_LINES).collect();
        for (k, l) in opening.iter().enumerate() {
            let line = &chars[l.start..l.end];
            for label in &labels {
                // The first character is compared before the whole label: most places hold none.
                let Some(at) = line.windows(label.len()).position(|w| w[0] == label[0] && w == label.as_slice()) else { continue };
                let mut a = l.start + at + label.len();
                while a < l.end && matches!(chars[a], ':' | ' ' | ']' | '】') {
                    a += 1;
                }
                // A label alone on its line, a portal's table of fields ([ 发布机构 ] above 市经济
                // 信息委), has its value on the next line.
                let (a, end) = match opening.get(k + 1) {
                    Some(next) if a == l.end => (next.body, next.end),
                    _ => (a, l.end),
                };
                let b = (a..end).find(|&i| chars[i].is_whitespace() || chars[i] == '|').unwrap_or(end);
                if a < b {
                    fields.push((a, b));
                }
            }
        }
        fields
    }

    pub fn author_spans(&self, doc: &NormalisedText, scan: &Scan, rules: &RuleSet) -> Vec<(usize, usize)> {
        let chars = &scan.chars;
        let mut spans = Vec::new();
        let filled: Vec<&Line> = self.lines.iter().filter(|l| l.end > l.start).collect();
        if !doc.continued {
            spans.extend(self.labelled_fields(chars, rules, |_| true));
        }
        // The signature: a short line above a date among the last lines.
        let tail = filled.len().saturating_sub(3);
        for k in tail.max(1)..filled.len() {
            let date = filled[k];
            if !is_date(&chars[date.body..date.end]) {
                continue;
            }
            let above = filled[..k].iter().rev().find(|l| !is_stamp(&chars[l.body..l.end]));
            if let Some(l) = above.filter(|l| l.end - l.body <= 40 && !chars[l.body..l.end].contains(&'。')) {
                spans.push((l.body, l.end));
            }
        }
        spans
    }

    /// The line holding character `c` (the line before, for a line break).
    pub fn line_of(&self, c: usize) -> usize {
        self.lines.partition_point(|l| l.end < c).min(self.lines.len().saturating_sub(1))
    }
}

/// The longest line read as a page's furniture: a copyright line is short; a long line
/// with a licence number in it is a flattened page whose body is there too.
const FURNITURE_LINE: usize = 160;

/// How many of the opening lines may carry labels such as 发文单位 (a site's title,
/// classification, issuer, name and date lines come before the body; a portal's table of
/// fields writes each label and its value on lines of their own, twice as many).
const OPENING_LINES: usize = 16;

/// Is the text a date alone (2024年3月1日, 二〇二四年三月一日)? The day's 日 is
/// sometimes lost (2022年7月26). A table's cell mark after it (2021年8月6日 |: a page whose
/// signature was laid out in a table) is no part of it.
pub(crate) fn is_date(text: &[char]) -> bool {
    // A date is at most 20 characters: a longer line (most are) is none, and is not copied.
    let mut kept = ['\0'; 20];
    let Some(mut n) = without_white_space(text, &mut kept) else { return false };
    while n > 0 && kept[n - 1] == '|' {
        n -= 1;
    }
    let t = &kept[..n];
    let day_end = t.last() == Some(&'日')
        || t.iter().position(|&c| c == '月').is_some_and(|m| (1..=2).contains(&(n - m - 1)) && t[m + 1..].iter().all(char::is_ascii_digit));
    (6..=20).contains(&n) && t.contains(&'年') && t.contains(&'月') && day_end && t.first().is_some_and(|c| c.is_ascii_digit() || "〇一二三四五六七八九零".contains(*c))
}

/// Is the text a stamp's note between a signer and the date ((广东省科学技术厅代章), (盖章))?
pub(crate) fn is_stamp(text: &[char]) -> bool {
    let mut kept = ['\0'; 24];
    let Some(n) = without_white_space(text, &mut kept) else { return false };
    let t = &kept[..n];
    t.first() == Some(&'(') && (t.ends_with(&['章', ')']) || t.ends_with(&['印', ')']))
}

/// The characters of `text` that are not white space, into `kept`; how many, or `None` when
/// there are more than it holds.
fn without_white_space(text: &[char], kept: &mut [char]) -> Option<usize> {
    let mut n = 0;
    for &c in text.iter().filter(|c| !c.is_whitespace()) {
        *kept.get_mut(n)? = c;
        n += 1;
    }
    Some(n)
}

fn read_line(doc: &NormalisedText, scan: &Scan, start: usize, end: usize, rules: &RuleSet, separator: &mut [bool]) -> Line {
    let mut body = start;
    if let Some(re) = &rules.normalise.item_marker {
        // The marker is short: look at the first few characters only.
        let head_end = (start + 12).min(end);
        let head = doc.slice(start, head_end);
        if let Some(m) = re.find(head) {
            if m.start() == 0 {
                // A dot marker is matched with the character after it (so that 1.5 is no
                // marker): that character opens the body.
                let marker: Vec<char> = head[..m.end()].chars().collect();
                let after_dot = marker.len() >= 2 && matches!(marker[marker.len() - 2], '.' | '．');
                body = start + marker.len() - usize::from(after_dot);
            }
        }
    }
    let chars = &scan.chars;
    let bars = chars[start..end].iter().filter(|&&c| c == '|').count();
    let mut cells = Vec::new();
    if bars >= 2 {
        // Every segment is a cell, empty ones too, so cells keep their columns; the empty
        // segments outside the first and last bar are not cells.
        let mut s = start;
        for i in start..=end {
            if i == end || chars[i] == '|' {
                cells.push(trim(chars, s, i));
                if i < end {
                    separator[i] = true;
                }
                s = i + 1;
            }
        }
        if cells.first().is_some_and(|c| c.0 == c.1) {
            cells.remove(0);
        }
        if cells.last().is_some_and(|c| c.0 == c.1) {
            cells.pop();
        }
    } else {
        // The normaliser keeps a space between Chinese characters only where a tab or a run
        // of spaces stood: a column gap.
        let gaps: Vec<usize> = (start + 1..end.saturating_sub(1))
            .filter(|&i| chars[i] == ' ' && crate::normalise::is_cjk(chars[i - 1]) && crate::normalise::is_cjk(chars[i + 1]))
            .collect();
        if !gaps.is_empty() {
            let mut s = start;
            for &g in gaps.iter().chain(std::iter::once(&end)) {
                let (a, b) = trim(chars, s, g);
                if a < b {
                    cells.push((a, b));
                }
                if g < end {
                    separator[g] = true;
                }
                s = g + 1;
            }
        }
    }
    if cells.len() < 2 {
        cells.clear();
    }
    Line { start, end, body, cells }
}

fn trim(chars: &[char], mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && chars[a].is_whitespace() {
        a += 1;
    }
    while b > a && chars[b - 1].is_whitespace() {
        b -= 1;
    }
    (a, b)
}

/// The column rule a header cell matches: the cell is a header word or ends with one, the
/// longest word winning; a unit or note in brackets after it (奖励金额(万元), 企业名称(盖章))
/// does not hide the word.
fn column_of(cell: &str, rules: &RuleSet) -> Option<usize> {
    column_of_words(cell, rules).or_else(|| {
        let open = cell.rfind('(')?;
        (open > 0 && cell.ends_with(')')).then(|| column_of_words(&cell[..open], rules)).flatten()
    })
}

fn column_of_words(cell: &str, rules: &RuleSet) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, c) in rules.columns.iter().enumerate() {
        for h in &c.headers {
            if cell == h || (cell.ends_with(h.as_str()) && cell.chars().count() <= h.chars().count() + 12) {
                let len = h.chars().count();
                if best.is_none_or(|(l, _)| len > l) {
                    best = Some((len, i));
                }
            }
        }
    }
    best.map(|(_, i)| i)
}

fn find_tables(lines: &[Line], scan: &Scan, rules: &RuleSet, rows_weighed: &mut usize) -> Vec<Table> {
    let mut tables = row_tables(lines, scan, rules, rows_weighed);
    tables.extend(column_tables(lines, scan, rules));
    tables
}

/// Tables whose rows are lines of cells (bars or tabs between them).
fn row_tables(lines: &[Line], scan: &Scan, rules: &RuleSet, rows_weighed: &mut usize) -> Vec<Table> {
    let mut tables = Vec::new();
    let mut i = 0;
    let mut weighed_until = 0;
    while i < lines.len() {
        if lines[i].cells.is_empty() {
            i += 1;
            continue;
        }
        // A header row: at least two of its cells are column headers, one of them a name.
        let columns: Vec<Option<usize>> =
            lines[i].cells.iter().map(|&(a, b)| column_of(&scan.folded(a, b), rules)).collect();
        let known = columns.iter().filter(|c| c.is_some()).count();
        let has_name = columns.iter().flatten().any(|&c| rules.columns[c].role == ColumnRole::Name);
        if known < 2 || !has_name {
            // A run of rows is weighed as a headless table once, from its first line: a run
            // of many rows that is none must not be weighed again from each of its lines.
            if i >= weighed_until {
                let weighed = headless_table(lines, i, scan, rules);
                let run_end = match &weighed {
                    Ok((_, end)) | Err(end) => *end,
                };
                *rows_weighed += run_end - i;
                match weighed {
                    Ok((table, next)) => {
                        tables.push(table);
                        i = next;
                        continue;
                    }
                    Err(run_end) => weighed_until = run_end,
                }
            }
            i += 1;
            continue;
        }
        let caption = lines[..i].iter().rposition(|l| l.end > l.start);
        let mut rows = Vec::new();
        let mut j = i + 1;
        while j < lines.len() && !lines[j].cells.is_empty() {
            rows.push(lines[j].cells.iter().copied().enumerate().collect());
            j += 1;
        }
        tables.push(Table { rows, columns, caption });
        i = j;
    }
    tables
}

/// Rows without a header (a list's table whose header the page lost: 1 | 某某有限公司 | 常熟市 |):
/// at least three lines of as many cells, whose columns say what they are by their cells.
/// A column of places is a place column; one whose cells mostly end with a name's head word
/// (有限公司, 研究院) is a name column. Both are needed, so that the rows relate a name to
/// its place; the table ends where the rows stop. Else the end of the run of rows weighed.
fn headless_table(lines: &[Line], i: usize, scan: &Scan, rules: &RuleSet) -> Result<(Table, usize), usize> {
    const MIN_ROWS: usize = 3;
    let width = lines[i].cells.len();
    let end = i + lines[i..].iter().take_while(|l| l.cells.len() == width).count();
    if end - i < MIN_ROWS {
        return Err(end);
    }
    let place_rule = rules.columns.iter().position(|c| c.role == ColumnRole::Place).ok_or(end)?;
    let name_rule = rules.columns.iter().position(|c| c.role == ColumnRole::Name && c.entity_type.is_none()).ok_or(end)?;
    let mut columns: Vec<Option<usize>> = vec![None; width];
    for (col, column) in columns.iter_mut().enumerate() {
        let cells: Vec<(usize, usize)> = lines[i..end].iter().map(|l| l.cells[col]).filter(|&(a, b)| b > a).collect();
        if cells.len() < MIN_ROWS {
            continue;
        }
        let places = cells.iter().filter(|&&(a, b)| rules.gazetteer.lookup(&scan.folded(a, b)).is_some()).count();
        let named = cells.iter().filter(|&&(_, b)| rules.names.iter().any(|r| r.entity_type != crate::model::EntityType::Designation && scan.longest_ending(b, r.heads, rules).is_some())).count();
        // Most of the cells, not all: a row may name a place the gazetteer lacks.
        if places * 5 >= cells.len() * 4 {
            *column = Some(place_rule);
        } else if named * 5 >= cells.len() * 3 {
            *column = Some(name_rule);
        }
    }
    let roles = |role: ColumnRole| columns.iter().flatten().filter(|&&c| rules.columns[c].role == role).count();
    if roles(ColumnRole::Place) != 1 || roles(ColumnRole::Name) != 1 {
        return Err(end);
    }
    let caption = lines[..i].iter().rposition(|l| l.end > l.start);
    let rows = lines[i..end].iter().map(|l| l.cells.iter().copied().enumerate().collect()).collect();
    Ok((Table { rows, columns, caption }, end))
}

/// Is a line only bars, dashes or nothing (the rules of a table flattened to text)?
fn is_rule_line(scan: &Scan, l: &Line) -> bool {
    scan.chars[l.start..l.end].iter().all(|c| matches!(c, '|' | '-' | '—' | '+' | ' ' | '=' | '_'))
}

/// The cell a line of one cell holds, without the bars an HTML dump leaves around it
/// (`序号 |`, `| 依托单位 |`).
fn one_cell(scan: &Scan, l: &Line) -> (usize, usize) {
    let chars = &scan.chars;
    let (mut a, mut b) = (l.start, l.end);
    while a < b && (chars[a] == '|' || chars[a].is_whitespace()) {
        a += 1;
    }
    while b > a && (chars[b - 1] == '|' || chars[b - 1].is_whitespace()) {
        b -= 1;
    }
    (a, b)
}

/// Tables flattened one cell per line: a run of header lines (序号, 企业名称, 所在地), then
/// short lines. A line of digits starts a row. A row with one line for each column after the
/// number is read column by column; any other row puts each line in the column its content
/// fits (a place to the place column, a name to the name column), which reads tables whose
/// merged or empty cells break the order.
fn column_tables(lines: &[Line], scan: &Scan, rules: &RuleSet) -> Vec<Table> {
    let mut tables = Vec::new();
    let cell_lines: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].end > lines[i].start && !is_rule_line(scan, &lines[i])).collect();
    let is_digits = |text: &str| !text.is_empty() && text.chars().all(|c| c.is_ascii_digit());
    let mut k = 0;
    while k < cell_lines.len() {
        // The header: two or more consecutive lines that are each a column header.
        let mut columns: Vec<Option<usize>> = Vec::new();
        let mut h = k;
        while h < cell_lines.len() {
            let l = &lines[cell_lines[h]];
            if !l.cells.is_empty() || l.end - l.start > 16 {
                break;
            }
            let (a, b) = one_cell(scan, l);
            match column_of(&scan.folded(a, b), rules) {
                Some(c) => columns.push(Some(c)),
                None => break,
            }
            h += 1;
        }
        let has_name = columns.iter().flatten().any(|&c| rules.columns[c].role == ColumnRole::Name);
        if columns.len() < 2 || !has_name {
            k += 1;
            continue;
        }
        let numbered = columns.first().copied().flatten().is_some_and(|c| rules.columns[c].role == ColumnRole::Ignore);
        // Headers no rule knows (主要产品) between the known ones and the first row number
        // are columns too, and the known ones after them: without them the rows would not
        // line up with the header.
        if numbered {
            let unknown = cell_lines[h..].iter().take(4).take_while(|&&i| {
                let l = &lines[i];
                let (a, b) = one_cell(scan, l);
                let text = scan.folded(a, b);
                l.cells.is_empty() && b - a <= 12 && !text.chars().any(|c| c.is_ascii_digit() || c == '。') && rules.gazetteer.lookup(&text).is_none()
            });
            let n = unknown.count();
            let then_row = cell_lines.get(h + n).is_some_and(|&i| {
                let (a, b) = one_cell(scan, &lines[i]);
                is_digits(&scan.folded(a, b))
            });
            if n > 0 && then_row {
                for &i in &cell_lines[h..h + n] {
                    let (a, b) = one_cell(scan, &lines[i]);
                    columns.push(column_of(&scan.folded(a, b), rules));
                }
                h += n;
            }
        }
        let caption = cell_lines[k].checked_sub(1).and_then(|before| lines[..=before].iter().rposition(|l| l.end > l.start && !is_rule_line(scan, l)));
        let role_col = |role: ColumnRole| columns.iter().position(|c| c.is_some_and(|c| rules.columns[c].role == role));
        // The lines of the table, up to the sentence or date that ends it.
        let mut j = h;
        // Each line's span, whether it holds the next row number, and its folded text.
        let mut body: Vec<(usize, usize, bool, String)> = Vec::new();
        let mut next_number: Option<u64> = None;
        while j < cell_lines.len() {
            let l = &lines[cell_lines[j]];
            let (a, b) = one_cell(scan, l);
            let text = scan.folded(a, b);
            if !l.cells.is_empty() || text.chars().count() > 60 || text.contains('。') || is_date(&scan.chars[a..b]) {
                break;
            }
            // A row number is the one after the last (an amount of 50 in a row is a cell).
            let number = if numbered && is_digits(&text) { text.parse::<u64>().ok() } else { None };
            let marker = number.is_some_and(|n| next_number.is_none_or(|e| e == n));
            if marker {
                next_number = number.map(|n| n + 1);
            }
            body.push((a, b, marker, text));
            j += 1;
        }
        let mut rows: Vec<Vec<(usize, (usize, usize))>> = Vec::new();
        let width = columns.len();
        let mut i = 0;
        while i < body.len() {
            if numbered && body[i].2 {
                i += 1;
                continue;
            }
            // The lines up to the next row number.
            let group_end = if numbered { i + body[i..].iter().take_while(|c| !c.2).count() } else { body.len() };
            let last = group_end == body.len();
            if numbered && (group_end - i == width - 1 || (last && group_end - i > width - 1 && i > 0)) {
                // One line per column after the number; the last row may be followed by
                // lines that are no part of the table (a signature), where it ends.
                let row: Vec<(usize, (usize, usize))> = (1..width).zip(i..).filter(|(c, _)| columns[*c].is_some()).map(|(c, g)| (c, (body[g].0, body[g].1))).collect();
                rows.push(row);
                if last && group_end - i > width - 1 {
                    j = cell_lines.len().min(h + i + width - 1);
                    break;
                }
                i = group_end;
                continue;
            }
            let mut row: Vec<(usize, (usize, usize))> = Vec::new();
            for (a, b, _, text) in &body[i..group_end] {
                let (a, b) = (*a, *b);
                let digits = is_digits(text);
                let is_place = rules.gazetteer.lookup(text).is_some();
                let col = if is_place {
                    role_col(ColumnRole::Place)
                } else if digits || text.chars().any(|c| c.is_ascii_digit()) && text.chars().count() < 12 {
                    None
                } else {
                    [ColumnRole::Name, ColumnRole::Host, ColumnRole::Undertaker].into_iter().filter_map(role_col).find(|c| !row.iter().any(|(rc, _)| rc == c))
                };
                if let Some(c) = col {
                    if row.iter().any(|(rc, _)| *rc == c) {
                        // The column is full: a new row without a number.
                        rows.push(std::mem::take(&mut row));
                    }
                    row.push((c, (a, b)));
                }
            }
            if !row.is_empty() {
                rows.push(row);
            }
            i = group_end;
        }
        if !rows.is_empty() {
            tables.push(Table { rows, columns, caption });
        }
        k = j.max(k + 1);
    }
    tables
}
