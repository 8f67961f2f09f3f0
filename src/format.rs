//! Numbers as the page shows them, the language's way: `€ 2.085.000`, `24,4%`, `1.234,5` in
//! Dutch; `€2,085,000`, `24.4%`, `1,234.5` in English.
//!
//! The forms are those of the browser's `Intl.NumberFormat` for `nl-NL` and `en-GB`, made here
//! rather than asked of `Intl`, for three reasons: the prerendered first screen (made natively,
//! where there is no `Intl`) must read exactly as the app writes it when it takes over; the
//! browser's first `Intl.NumberFormat` loads the locale's data, 11 to 30 ms on this machine's
//! Chromium, in the takeover's one task; and each figure through `Intl` crosses from wasm to
//! JavaScript and back. `tests/it/page/format.rs` compares this with `Intl` (Node's, the same ICU as the
//! browser's) on thousands of values, halves and negative zero among them. Values that are not
//! finite show as a dash, never `NaN`.

use crate::lang::Lang;

/// How a number is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    /// Euros without cents.
    Money,
    /// A plain number with at most this many decimals.
    Number(u8),
    /// A fraction as a percentage with exactly this many decimals.
    Percent(u8),
}

/// Shown for a value that is not a finite number.
pub const NO_VALUE: &str = "–";

/// Euros, rounded to whole euros: `€ 2.085.000`.
pub fn money(lang: Lang, euros: f64) -> String {
    format(lang, euros, Style::Money)
}

/// A number with at most `max_decimals` decimals: `1.234,5`.
pub fn number(lang: Lang, value: f64, max_decimals: u8) -> String {
    format(lang, value, Style::Number(max_decimals))
}

/// A fraction (0 to 1) as a percentage with `decimals` decimals: `24,4%`.
pub fn percent(lang: Lang, fraction: f64, decimals: u8) -> String {
    format(lang, fraction, Style::Percent(decimals))
}

fn format(lang: Lang, value: f64, style: Style) -> String {
    if !value.is_finite() {
        return NO_VALUE.to_string();
    }
    let (group, point) = match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
    };
    // Intl's rule: a minus for every negative value, negative zero and what rounds to zero too.
    let sign = if value.is_sign_negative() { "-" } else { "" };
    let magnitude = value.abs();
    match style {
        Style::Money => {
            let amount = decimal(magnitude, 0, 0, 0, group, point);
            match lang {
                Lang::Nl => format!("€\u{a0}{sign}{amount}"),
                Lang::En => format!("{sign}€{amount}"),
            }
        }
        Style::Number(d) => format!("{sign}{}", decimal(magnitude, 0, 0, d, group, point)),
        Style::Percent(d) => format!("{sign}{}%", decimal(magnitude, 2, d, d, group, point)),
    }
}

/// `magnitude` (finite, not negative) times 10^`shift`, rounded to `max` decimals and shown with
/// at least `min`, thousands grouped. Rounded as ICU (and so `Intl`) rounds: the number's
/// shortest decimal form (the digits that read back as the same double: 1.005, not the
/// 1.00499999999999989… it stands for), halves away from zero.
fn decimal(magnitude: f64, shift: usize, min: u8, max: u8, group: char, point: char) -> String {
    // Rust's `Display` for f64 is the shortest form, never with an exponent.
    let shortest = magnitude.to_string();
    let (int, frac) = shortest.split_once('.').unwrap_or((&shortest, ""));
    // All digits, and where the point is among them after the shift.
    let mut digits: Vec<u8> = int.bytes().chain(frac.bytes()).map(|b| b - b'0').collect();
    let mut point_at = int.len() + shift;
    let keep = point_at + max as usize;
    digits.resize(digits.len().max(keep), 0);
    let round_up = digits.get(keep).is_some_and(|&d| d >= 5);
    digits.truncate(keep);
    if round_up {
        let mut i = keep;
        loop {
            if i == 0 {
                digits.insert(0, 1);
                point_at += 1;
                break;
            }
            i -= 1;
            if digits[i] == 9 {
                digits[i] = 0;
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let (int, frac) = digits.split_at(point_at);
    let int = match int.iter().position(|&d| d != 0) {
        Some(first) => &int[first..],
        None => &[0][..],
    };
    let mut frac = frac;
    while frac.len() > min as usize && frac.last() == Some(&0) {
        frac = &frac[..frac.len() - 1];
    }
    let mut out = String::new();
    for (i, d) in int.iter().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(char::from(b'0' + d));
    }
    if !frac.is_empty() {
        out.push(point);
        out.extend(frac.iter().map(|d| char::from(b'0' + d)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dutch_forms() {
        let nl = Lang::Nl;
        assert_eq!(money(nl, 2_084_999.999_9), "€\u{a0}2.085.000");
        assert_eq!(money(nl, -600_000.0), "€\u{a0}-600.000");
        assert_eq!(number(nl, 1234.56, 1), "1.234,6");
        assert_eq!(number(nl, 139.0, 0), "139");
        assert_eq!(percent(nl, 139.0 / 569.0, 1), "24,4%");
        assert_eq!(money(nl, f64::NAN), NO_VALUE);
        assert_eq!(number(nl, f64::INFINITY, 0), NO_VALUE);
    }

    #[test]
    fn the_english_forms() {
        let en = Lang::En;
        assert_eq!(money(en, 2_084_999.999_9), "€2,085,000");
        assert_eq!(money(en, -600_000.0), "-€600,000");
        assert_eq!(number(en, 1234.56, 1), "1,234.6");
        assert_eq!(percent(en, 139.0 / 569.0, 1), "24.4%");
    }

    /// Where `Intl` differs from Rust's own rounding (`tests/it/page/format.rs` compares at large).
    #[test]
    fn rounds_as_intl_does() {
        let nl = Lang::Nl;
        // Halves away from zero, not to even.
        assert_eq!(number(nl, 2.5, 0), "3");
        assert_eq!(money(nl, 0.5), "€\u{a0}1");
        // The shortest decimal form: 1.005 is 1.00499999999999989… as a double.
        assert_eq!(number(nl, 1.005, 2), "1,01");
        assert_eq!(percent(nl, 0.0245, 1), "2,5%");
        // A carry through every digit.
        assert_eq!(money(nl, 999_999.5), "€\u{a0}1.000.000");
        // Negative zero, and what rounds to it, keeps its minus.
        assert_eq!(money(nl, -0.3), "€\u{a0}-0");
        assert_eq!(money(Lang::En, -0.0), "-€0");
        assert_eq!(percent(nl, -0.0001, 1), "-0,0%");
        // Tiny and huge.
        assert_eq!(number(nl, 1e-7, 2), "0");
        assert_eq!(number(Lang::En, 1e21, 0), "1,000,000,000,000,000,000,000");
    }
}
