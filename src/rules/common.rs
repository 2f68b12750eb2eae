//! Common words: the ordinary words of two to four characters (from jieba's dictionary,
//! `ontology/lexicon/common-words.txt`), which a company's coined trade name is not.
//!
//! The list compiled in is sorted (`scripts/make-common-words.py` writes it so, and a test
//! checks it), so its words, each packed into one number, come out sorted: a word is found
//! by a binary search among the words opening with its first character, after a test of one
//! bit for its first two characters. The numbers, where each character's words start and the
//! bits are made the first time a word is asked (the place names of a document are checked
//! against the list, and a few candidates of trade names), in one pass over the lines: a
//! hash set of the 330,000 words took several times as long to build, on every run, and
//! 13 MiB more.

use std::sync::OnceLock;

/// The common-word list, compiled in.
pub const DEFAULT_COMMON_WORDS: (&str, &str) = ("ontology/lexicon/common-words.txt", include_str!("../../ontology/lexicon/common-words.txt"));

/// The frequent words: those of the common words jieba's corpus counts often (文化, 生态),
/// compiled in. Same format as the common words.
pub const DEFAULT_FREQUENT_WORDS: (&str, &str) = ("ontology/lexicon/frequent-words.txt", include_str!("../../ontology/lexicon/frequent-words.txt"));

/// The longest common word, in characters.
pub const MAX_COMMON_WORD: usize = 4;

/// Ordinary words, looked up by their characters.
#[derive(Debug, Clone)]
pub struct CommonWords {
    /// The list, sorted, one word a line.
    text: &'static str,
    index: OnceLock<Index>,
}

impl Default for CommonWords {
    /// The common words.
    fn default() -> Self {
        Self::of(DEFAULT_COMMON_WORDS.1)
    }
}

/// Where to look for a word in the list.
#[derive(Debug, Clone)]
struct Index {
    /// Every word as one number ([`key`]), in the list's order, which is the numbers' order.
    keys: Vec<u64>,
    /// `keys[starts[c - FIRST]..starts[c - FIRST + 1]]`: the words opening with character `c`.
    starts: Vec<u32>,
    /// One bit for each pair of characters some word opens with (by a hash of the pair, so
    /// a few other pairs share them): most strings looked up are no word, and most of those
    /// open with no word's pair, which this answers without a search.
    pairs: Vec<u64>,
}

/// The range of characters words are made of (the basic block of Chinese characters; the
/// script that makes the list keeps only words of these).
const FIRST: u32 = 0x4e00;
const LAST: u32 = 0x9fff;

/// Bits of the hash of a pair of opening characters.
const PAIR_BITS: u32 = 20;

/// The bit of the pair `a`, `b` in [`Index::pairs`].
fn pair_bit(a: char, b: char) -> usize {
    let k = (u64::from(u32::from(a)) << 32) | u64::from(u32::from(b));
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - PAIR_BITS)) as usize
}

/// A word of two to four characters of the block as one number: 15 bits a character (its
/// place in the block, plus one), the first in the highest bits, none for a missing one.
/// Numbers compare as the words do (a word before the longer ones it opens), so the sorted
/// list gives sorted numbers. None for other strings.
fn key(chars: impl IntoIterator<Item = char>) -> Option<u64> {
    let mut k = 0u64;
    let mut n = 0;
    for c in chars {
        let c = u32::from(c);
        if n == MAX_COMMON_WORD || !(FIRST..=LAST).contains(&c) {
            return None;
        }
        k |= u64::from(c - FIRST + 1) << (15 * (MAX_COMMON_WORD - 1 - n));
        n += 1;
    }
    (n >= 2).then_some(k)
}

/// The index of `text` (the list, sorted), made in one pass over its lines.
fn index(text: &str) -> Index {
    let mut keys = Vec::with_capacity(text.len() / 8);
    let mut starts = Vec::with_capacity((LAST - FIRST + 2) as usize);
    let mut pairs = vec![0u64; 1 << (PAIR_BITS - 6)];
    let bytes = text.as_bytes();
    let mut at = 0usize;
    while at < bytes.len() {
        // Lines are short: a plain walk to the line break is quicker than a search.
        let end = bytes[at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| at + i);
        let line = &text[at..end];
        at = end + 1;
        let Some(k) = key(line.chars()) else { continue };
        let mut cs = line.chars();
        let (Some(first), Some(second)) = (cs.next(), cs.next()) else { continue };
        // Characters up to this word's first open here (none of their words are listed, or
        // they open here).
        while starts.len() <= (u32::from(first) - FIRST) as usize {
            starts.push(keys.len() as u32);
        }
        keys.push(k);
        let bit = pair_bit(first, second);
        pairs[bit / 64] |= 1 << (bit % 64);
    }
    starts.resize((LAST - FIRST + 2) as usize, keys.len() as u32);
    Index { keys, starts, pairs }
}

impl CommonWords {
    /// The words of `text`, a sorted list in the format of the common words.
    pub fn of(text: &'static str) -> Self {
        Self { text, index: OnceLock::new() }
    }

    /// The frequent words.
    pub fn frequent() -> Self {
        Self::of(DEFAULT_FREQUENT_WORDS.1)
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| index(self.text))
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
        let Some(k) = key(chars.iter().copied()) else { return false };
        let i = (first - FIRST) as usize;
        index.keys[index.starts[i] as usize..index.starts[i + 1] as usize].binary_search(&k).is_ok()
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
        // The numbers keep the order, and every word has one.
        let index = index(DEFAULT_COMMON_WORDS.1);
        assert!(index.keys.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(index.keys.len(), DEFAULT_COMMON_WORDS.1.lines().filter(|l| !l.starts_with('#')).count());
    }

    #[test]
    fn the_frequent_words_are_sorted_common_words() {
        let common = CommonWords::default();
        let mut previous = "";
        for line in DEFAULT_FREQUENT_WORDS.1.lines().filter(|l| !l.starts_with('#')) {
            assert!(line.as_bytes() > previous.as_bytes(), "{line:?} after {previous:?}");
            assert!(common.contains(&chars(line)), "{line:?}");
            previous = line;
        }
        let frequent = CommonWords::frequent();
        assert!(frequent.contains(&chars("文化")));
        assert!(!frequent.contains(&chars("长信")));
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
