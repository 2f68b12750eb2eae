//! Common words: the ordinary words of two to four characters (from jieba's dictionary,
//! `ontology/lexicon/common-words.txt`), which a company's coined trade name is not.
//!
//! The list is read where it is compiled in: it is sorted (`scripts/make-common-words.py`
//! writes it so, and a test checks it), so a word is found by a binary search among the
//! lines that open with its first character. Where each first character's lines start is
//! found the first time a word is asked (the place names of a document are checked against
//! the list, and a few candidates of trade names), in one pass over the lines, with a bit
//! for each pair of characters a word opens with: a hash set of the 330,000 words took
//! about five times as long to build, on every run, and 13 MiB more.

use std::sync::OnceLock;

/// The common-word list, compiled in.
pub const DEFAULT_COMMON_WORDS: (&str, &str) = ("ontology/lexicon/common-words.txt", include_str!("../../ontology/lexicon/common-words.txt"));

/// The longest common word, in characters.
pub const MAX_COMMON_WORD: usize = 4;

/// Ordinary words, looked up by their characters.
#[derive(Debug, Clone, Default)]
pub struct CommonWords {
    index: OnceLock<Index>,
}

/// Where to look for a word in the list.
#[derive(Debug, Clone)]
struct Index {
    /// `starts[c - FIRST]..starts[c - FIRST + 1]`: the bytes of the list's lines that open
    /// with character `c`, each with its line break.
    starts: Vec<u32>,
    /// One bit for each pair of characters some word opens with (by a hash of the pair, so
    /// a few other pairs share them): most strings looked up are no word, and most of those
    /// open with no word's pair, which this answers without a search.
    pairs: Vec<u64>,
}

/// Bits of the hash of a pair of opening characters.
const PAIR_BITS: u32 = 20;

/// The bit of the pair `a`, `b` in [`Index::pairs`].
fn pair_bit(a: char, b: char) -> usize {
    let k = (u64::from(u32::from(a)) << 32) | u64::from(u32::from(b));
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - PAIR_BITS)) as usize
}

/// The range of characters words are made of (the basic block of Chinese characters; the
/// script that makes the list keeps only words of these).
const FIRST: u32 = 0x4e00;
const LAST: u32 = 0x9fff;

/// Where the lines opening with each character start in `text` (the list, sorted): one
/// entry for each character from [`FIRST`] to [`LAST`], and the end of the text.
fn index(text: &str) -> Index {
    let mut starts = Vec::with_capacity((LAST - FIRST + 2) as usize);
    let mut pairs = vec![0u64; 1 << (PAIR_BITS - 6)];
    let bytes = text.as_bytes();
    let mut at = 0usize;
    while at < bytes.len() {
        // Lines are short: a plain walk to the line break is quicker than a search.
        let next = bytes[at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| at + i + 1);
        let mut cs = text[at..next].chars();
        if let Some(first) = cs.next().filter(|&c| (FIRST..=LAST).contains(&u32::from(c))) {
            let c = u32::from(first);
            // Characters up to this line's first open here (none of their words are
            // listed, or they open here).
            while starts.len() <= (c - FIRST) as usize {
                starts.push(at as u32);
            }
            if let Some(second) = cs.next() {
                let bit = pair_bit(first, second);
                pairs[bit / 64] |= 1 << (bit % 64);
            }
        }
        at = next;
    }
    starts.resize((LAST - FIRST + 2) as usize, text.len() as u32);
    Index { starts, pairs }
}

/// Is `word` (as UTF-8) one of the lines of `lines`, whole lines each ended by a line
/// break (the last may have none), sorted by their bytes? A binary search over the bytes:
/// each probe finds the line it falls in.
fn holds_line(lines: &[u8], word: &[u8]) -> bool {
    let (mut lo, mut hi) = (0, lines.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = lines[lo..mid].iter().rposition(|&b| b == b'\n').map_or(lo, |i| lo + i + 1);
        let end = lines[start..hi].iter().position(|&b| b == b'\n').map_or(hi, |i| start + i);
        match lines[start..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = (end + 1).min(hi),
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

impl CommonWords {
    fn index(&self) -> &Index {
        self.index.get_or_init(|| index(DEFAULT_COMMON_WORDS.1))
    }

    /// Is `chars` one common word?
    pub fn contains(&self, chars: &[char]) -> bool {
        if chars.len() < 2 || chars.len() > MAX_COMMON_WORD {
            return false;
        }
        let first = u32::from(chars[0]);
        if !(FIRST..=LAST).contains(&first) {
            return false;
        }
        let index = self.index();
        let bit = pair_bit(chars[0], chars[1]);
        if index.pairs[bit / 64] & (1 << (bit % 64)) == 0 {
            return false;
        }
        let mut buf = [0u8; 4 * MAX_COMMON_WORD];
        let mut n = 0;
        for c in chars {
            n += c.encode_utf8(&mut buf[n..]).len();
        }
        let starts = &index.starts;
        let k = (first - FIRST) as usize;
        let lines = &DEFAULT_COMMON_WORDS.1.as_bytes()[starts[k] as usize..starts[k + 1] as usize];
        holds_line(lines, &buf[..n])
    }

    /// Does a common word lie within `chars` (two characters or more, anywhere)?
    pub fn any_within(&self, chars: &[char]) -> bool {
        (0..chars.len()).any(|i| (i + 2..=(i + MAX_COMMON_WORD).min(chars.len())).any(|j| self.contains(&chars[i..j])))
    }

    /// Does a common word start `chars`?
    pub fn starts(&self, chars: &[char]) -> bool {
        (2..=MAX_COMMON_WORD.min(chars.len())).any(|j| self.contains(&chars[..j]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn the_list_is_sorted_and_holds_words_of_two_to_four_characters() {
        // The binary search relies on it: every line after the header a word of two to four
        // characters of the block, each greater than the one before.
        let mut previous = "";
        for line in DEFAULT_COMMON_WORDS.1.lines().filter(|l| !l.starts_with('#')) {
            let n = line.chars().count();
            assert!((2..=MAX_COMMON_WORD).contains(&n), "{line:?}");
            assert!(line.chars().all(|c| (FIRST..=LAST).contains(&u32::from(c))), "{line:?}");
            assert!(line.as_bytes() > previous.as_bytes(), "{line:?} after {previous:?}");
            previous = line;
        }
    }

    #[test]
    fn every_listed_word_is_found_and_its_neighbours_are_not() {
        let common = CommonWords::default();
        let words: Vec<&str> = DEFAULT_COMMON_WORDS.1.lines().filter(|l| !l.starts_with('#')).collect();
        let set: std::collections::HashSet<&str> = words.iter().copied().collect();
        for (i, w) in words.iter().enumerate().step_by(97) {
            assert!(common.contains(&chars(w)), "{w}");
            // A word with its last character changed, or cut, is found only when listed.
            let mut cs = chars(w);
            let last = cs.pop().unwrap();
            for c in [char::from_u32(u32::from(last) + 1).unwrap(), char::from_u32(u32::from(last) - 1).unwrap()] {
                let mut other = cs.clone();
                other.push(c);
                let text: String = other.iter().collect();
                assert_eq!(common.contains(&other), set.contains(text.as_str()), "{text} ({i})");
            }
            let text: String = cs.iter().collect();
            assert_eq!(common.contains(&cs), set.contains(text.as_str()), "{text}");
        }
        assert!(!common.contains(&chars("一")));
        assert!(!common.contains(&chars("abc")));
        assert!(!common.contains(&chars("一一一一一")));
    }

    #[test]
    fn ordinary_words_are_common_and_coined_names_are_not() {
        let common = CommonWords::default();
        assert!(common.contains(&chars("液晶")));
        assert!(common.starts(&chars("液晶显示模组")));
        assert!(!common.any_within(&chars("龙犇")));
        assert!(common.any_within(&chars("智能装备")));
        assert!(!common.contains(&chars("液")));
    }
}
