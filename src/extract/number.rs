//! Numerals (stub; grammar lands next).

/// Parse a whole figure such as "900", "7.7 million", "8,000,000" or
/// "eight million": its value and precision.
pub fn parse_figure(_s: &str) -> Option<(f64, f64)> {
    None
}
