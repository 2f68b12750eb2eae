//! Common words: the ordinary words of two to four characters (from jieba's dictionary,
//! `ontology/lexicon/common-words.txt`), which a company's coined trade name is not.
//!
//! The set is built the first time it is asked (the place names of a document are checked
//! against it, and a few candidates of trade names), not when rules load: commands that
//! never extract pay nothing.

use std::sync::OnceLock;

/// The common-word list, compiled in.
pub const DEFAULT_COMMON_WORDS: (&str, &str) = ("ontology/lexicon/common-words.txt", include_str!("../../ontology/lexicon/common-words.txt"));

/// The longest common word, in characters.
pub const MAX_COMMON_WORD: usize = 4;

/// Ordinary words, looked up by their characters.
#[derive(Debug, Clone, Default)]
pub struct CommonWords {
    /// Each word's characters packed into one number (21 bits a character, four at most):
    /// place names are checked against the list in every document, and a hash of numbers
    /// answers without comparing strings or encoding the characters looked up.
    set: OnceLock<rustc_hash::FxHashSet<u128>>,
}

/// The characters of a word of two to four characters as one number; none for others.
fn key(chars: impl IntoIterator<Item = char>) -> Option<u128> {
    let mut k: u128 = 0;
    let mut n = 0;
    for c in chars {
        n += 1;
        if n > MAX_COMMON_WORD {
            return None;
        }
        k = (k << 21) | u128::from(u32::from(c));
    }
    // The length in the top bits keeps 龙 and a word starting with a zero code apart.
    (n >= 2).then_some(k | (n as u128) << 100)
}

impl CommonWords {
    fn set(&self) -> &rustc_hash::FxHashSet<u128> {
        self.set.get_or_init(|| DEFAULT_COMMON_WORDS.1.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).filter_map(|l| key(l.chars())).collect())
    }

    /// Is `chars` one common word?
    pub fn contains(&self, chars: &[char]) -> bool {
        if chars.len() < 2 || chars.len() > MAX_COMMON_WORD {
            return false;
        }
        key(chars.iter().copied()).is_some_and(|k| self.set().contains(&k))
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
