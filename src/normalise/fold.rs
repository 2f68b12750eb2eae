//! Folding traditional characters to simplified ones for matching.
//!
//! Rules are written in simplified characters; reposts converted to 繁體 and Big5 files are
//! not. Matching runs over a folded copy of the text in which every character is replaced by
//! at most one other character of the same UTF-8 length, so the copy shares every byte and
//! character offset with the text names are cut from: a name is found in the folded copy and
//! written as the document wrote it.


/// A one-to-one character map (traditional → simplified, or the other way).
#[derive(Debug, Clone, Default)]
pub struct FoldTable {
    /// Direct table over the CJK blocks the map covers, `0` for "unchanged".
    dense: Vec<u32>,
    /// First code point of `dense`.
    base: u32,
    /// Anything outside the dense range.
    sparse: rustc_hash::FxHashMap<char, char>,
}

/// The dense table covers the unified ideographs and extension A, where nearly all pairs are.
const DENSE_START: u32 = 0x3400;
const DENSE_END: u32 = 0xA000;

impl FoldTable {
    /// Parses `from<TAB>to` lines (`#` comments and blank lines skipped). A pair whose two
    /// characters differ in UTF-8 length is refused: folding must keep byte offsets.
    pub fn parse(text: &str) -> Result<Self, (usize, String)> {
        let mut table = FoldTable { dense: vec![0; (DENSE_END - DENSE_START) as usize], base: DENSE_START, sparse: rustc_hash::FxHashMap::default() };
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split('\t');
            let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
                return Err((n + 1, "expected two tab-separated characters".into()));
            };
            let (mut ca, mut cb) = (a.chars(), b.chars());
            let (Some(from), None, Some(to), None) = (ca.next(), ca.next(), cb.next(), cb.next()) else {
                return Err((n + 1, format!("'{a}' and '{b}' must be one character each")));
            };
            if from.len_utf8() != to.len_utf8() {
                return Err((n + 1, format!("'{from}' and '{to}' differ in UTF-8 length")));
            }
            table.insert(from, to);
        }
        Ok(table)
    }

    fn insert(&mut self, from: char, to: char) {
        let cp = from as u32;
        if (DENSE_START..DENSE_END).contains(&cp) {
            self.dense[(cp - self.base) as usize] = to as u32;
        } else {
            self.sparse.insert(from, to);
        }
    }

    /// Leaves `c` as it is written: it is no character of the other script only.
    pub fn keep(&mut self, c: char) {
        let cp = c as u32;
        if (DENSE_START..DENSE_END).contains(&cp) {
            self.dense[(cp - self.base) as usize] = 0;
        } else {
            self.sparse.remove(&c);
        }
    }

    /// The character rules see for `c`.
    #[inline]
    pub fn fold(&self, c: char) -> char {
        let cp = c as u32;
        if cp < 0x80 {
            return c;
        }
        if (DENSE_START..DENSE_END).contains(&cp) {
            match self.dense.get((cp - self.base) as usize) {
                Some(&0) | None => c,
                Some(&to) => char::from_u32(to).unwrap_or(c),
            }
        } else if self.sparse.is_empty() {
            c
        } else {
            self.sparse.get(&c).copied().unwrap_or(c)
        }
    }

    /// Folds a whole string; the result has the same length in bytes and characters.
    pub fn fold_str(&self, s: &str) -> String {
        // Folding keeps (almost always) each character's UTF-8 length: sized once, where
        // collecting chars would grow the string from a quarter of it.
        let mut out = String::with_capacity(s.len());
        out.extend(s.chars().map(|c| self.fold(c)));
        out
    }

    /// Number of pairs (for messages and tests).
    pub fn len(&self) -> usize {
        self.dense.iter().filter(|&&c| c != 0).count() + self.sparse.len()
    }

    /// True when the table maps nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_one_to_one_and_keeps_lengths() {
        let t = FoldTable::parse("# c\n實\t实\n驗\t验\n").unwrap();
        let s = "工程實驗室";
        let f = t.fold_str(s);
        assert_eq!(f, "工程实验室");
        assert_eq!(f.len(), s.len());
        assert_eq!(t.fold('a'), 'a');
    }

    #[test]
    fn refuses_pairs_of_different_lengths() {
        assert!(FoldTable::parse("實\ta\n").is_err());
        assert!(FoldTable::parse("實驗\t实\n").is_err());
    }
}
