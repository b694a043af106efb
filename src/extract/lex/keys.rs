//! Short words as numbers, and where a number sits in the word table.
//!
//! Compiled twice, like `literals.rs`: by `build.rs`, which lays the
//! lexicon's words out in a table by these functions, and into the crate,
//! whose lexer finds a word's slot by the same functions. It uses `core`
//! alone.

/// The longest word [`pack`] packs.
pub const PACKED_MAX: usize = 15;

/// A word of 1 to [`PACKED_MAX`] bytes packed into a key: its bytes,
/// lowercased when `lower` (ASCII letters only), zero-padded, and its
/// length in the last byte (so no two words share a key, a NUL in one or
/// not, and no key is 0, the table's empty slot).
pub fn pack(bytes: &[u8], lower: bool) -> Option<u128> {
    if bytes.is_empty() || bytes.len() > PACKED_MAX {
        return None;
    }
    let mut key = (bytes.len() as u128) << 120;
    for (k, &b) in bytes.iter().enumerate() {
        let b = if lower { b.to_ascii_lowercase() } else { b };
        key |= u128::from(b) << (8 * k);
    }
    Some(key)
}

/// The key [`pack`] makes of `word` lowercased, worked out at compile
/// time: a grammar's own word (1 to [`PACKED_MAX`] ASCII letters), to
/// compare with the key of the word a text opens with.
pub const fn key(word: &str) -> u128 {
    let mut rest = word.as_bytes();
    let n = rest.len();
    assert!(n >= 1 && n <= PACKED_MAX);
    let mut key = (n as u128) << 120;
    let mut k = 0;
    while let Some((&b, more)) = rest.split_first() {
        key |= (b.to_ascii_lowercase() as u128) << (8 * k);
        k += 1;
        rest = more;
    }
    key
}

/// [`key`] of each of `words` (`N` of them).
pub const fn keys<const N: usize>(words: &[&str]) -> [u128; N] {
    assert!(words.len() == N);
    let mut out = [0u128; N];
    let mut slots: &mut [u128] = &mut out;
    let mut words = words;
    while let (Some((slot, more)), Some((w, rest))) = (slots.split_first_mut(), words.split_first())
    {
        *slot = key(w);
        slots = more;
        words = rest;
    }
    out
}

/// The key of the ASCII letters `letters[..n]` as [`pack`] makes it,
/// lowercased, added a byte at a time: `key` holds the first `n` letters
/// (of at most [`PACKED_MAX`]), and `b` is letter `n`.
pub fn push_letter(key: u128, n: usize, b: u8) -> u128 {
    if n < PACKED_MAX {
        // An ASCII letter's lowercase form is the letter with bit 5 set.
        key | (u128::from(b | 0x20) << (8 * n))
    } else {
        key
    }
}

/// The key [`pack`] makes of the ASCII letters `word` lowercased, read at
/// once: `text` holds them from its start (what follows them in `text` is
/// masked off). Where `text` has 16 bytes, the word is one little-endian
/// load, a mask and an or, not a shift per letter; else its letters are
/// added one by one ([`push_letter`]). `None` for a word of no letter or
/// of more than [`PACKED_MAX`].
pub fn of_letters(text: &[u8], n: usize) -> Option<u128> {
    if !(1..=PACKED_MAX).contains(&n) {
        return None;
    }
    // The `n` low bytes (n <= 15, so the shift is below 128).
    let mask = (1u128 << (8 * n)) - 1;
    // Bit 5 in each of those bytes: an ASCII letter lowercased.
    let lower = u128::from_le_bytes([0x20; 16]) & mask;
    let bytes = match text.get(..16).map(<[u8; 16]>::try_from) {
        Some(Ok(head)) => u128::from_le_bytes(head) & mask,
        _ => text
            .get(..n)?
            .iter()
            .enumerate()
            .fold(0, |k, (at, &b)| push_letter(k, at, b)),
    };
    Some(bytes | lower | ((n as u128) << 120))
}

/// The key of `n` letters added by [`push_letter`]: its length put in.
pub fn seal(key: u128, n: usize) -> Option<u128> {
    (1..=PACKED_MAX)
        .contains(&n)
        .then_some(key | ((n as u128) << 120))
}

/// The first slot to look at for `key` in a table of `1 << bits` slots:
/// the key's two halves mixed and multiplied (one multiply, no hasher).
pub fn slot(key: u128, bits: u32) -> usize {
    let mixed = (key as u64) ^ ((key >> 64) as u64).rotate_left(31);
    (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}
