//! Common words: the ordinary words of two to four characters (from jieba's dictionary,
//! `ontology/lexicon/common-words.txt`), which a company's coined trade name is not.
//!
//! The set is built the first time a rule asks (a few candidates a document at most), not
//! when rules load: commands that never ask pay nothing.

use std::sync::OnceLock;

/// The common-word list, compiled in.
pub const DEFAULT_COMMON_WORDS: (&str, &str) = ("ontology/lexicon/common-words.txt", include_str!("../../ontology/lexicon/common-words.txt"));

/// The longest common word, in characters.
pub const MAX_COMMON_WORD: usize = 4;

/// Ordinary words, looked up by their characters.
#[derive(Debug, Clone, Default)]
pub struct CommonWords {
    /// The words in byte order (the file is sorted by code point, which UTF-8 keeps): a
    /// sorted list of borrowed lines is a third of a hash set's memory, and lookups are few.
    sorted: OnceLock<Vec<&'static str>>,
}

impl CommonWords {
    fn sorted(&self) -> &[&'static str] {
        self.sorted.get_or_init(|| {
            let mut words: Vec<&'static str> = DEFAULT_COMMON_WORDS.1.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect();
            // Sorted already when made by the script; a hand-edited file still works.
            if !words.is_sorted() {
                words.sort_unstable();
            }
            words
        })
    }

    /// Is `chars` one common word?
    pub fn contains(&self, chars: &[char]) -> bool {
        if chars.len() < 2 || chars.len() > MAX_COMMON_WORD {
            return false;
        }
        // Four characters of at most four bytes: no allocation for a lookup.
        let mut buf = [0u8; 4 * MAX_COMMON_WORD];
        let mut n = 0;
        for c in chars {
            n += c.encode_utf8(&mut buf[n..]).len();
        }
        std::str::from_utf8(&buf[..n]).is_ok_and(|s| self.sorted().binary_search(&s).is_ok())
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
    fn ordinary_words_are_common_and_coined_names_are_not() {
        let common = CommonWords::default();
        assert!(common.contains(&chars("液晶")));
        assert!(common.starts(&chars("液晶显示模组")));
        assert!(!common.any_within(&chars("龙犇")));
        assert!(common.any_within(&chars("智能装备")));
        assert!(!common.contains(&chars("液")));
    }
}
