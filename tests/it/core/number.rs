//! Numbers (`model::core::number`): the one writer of unrounded numbers against the standard
//! formatter, and the one reader against the standard parser, for any value (from the model's
//! properties).

use proptest::prelude::*;
use uitstroomrekenaar::model::core::number::{NumberStyle, ParseError, parse_number};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    /// The one writer of unrounded numbers (the platform's shortest text, without exponent)
    /// reads back to the same value and is as short as the standard formatter's, for any finite
    /// value of any magnitude.
    #[test]
    fn canonical_is_exact_and_as_short_as_the_standard_formatter(bits in any::<u64>()) {
        let v = f64::from_bits(bits);
        prop_assume!(v.is_finite() && v != 0.0);
        let text = uitstroomrekenaar::model::core::number::canonical(v);
        prop_assert_eq!(text.parse::<f64>().ok(), Some(v));
        prop_assert_eq!(text.len(), format!("{v}").len());
        prop_assert!(!text.contains('e'));
    }

    /// The same for the values a page shows: money, counts and shares with a few decimals.
    #[test]
    fn canonical_writes_page_values_as_the_standard_formatter(n in -10_000_000_000i64..10_000_000_000, scale in 0u32..8) {
        let v = n as f64 / 10f64.powi(scale as i32);
        prop_assume!(v != 0.0);
        prop_assert_eq!(uitstroomrekenaar::model::core::number::canonical(v), format!("{v}"));
    }
}

#[test]
fn canonical_edge_values() {
    use uitstroomrekenaar::model::core::number::canonical;
    for v in [0.0, -0.0] {
        assert_eq!(canonical(v), "0");
    }
    for v in [f64::MAX, f64::MIN_POSITIVE, 5e-324, 1e21, 1e-7, 0.1 + 0.2, 2_085_000.0, 52.5, -1.5e300] {
        assert_eq!(canonical(v), format!("{v}"), "{v:e}");
    }
}

/// `digits` with a decimal point placed `exponent` places from its end, as plain decimal text.
fn with_point(digits: &str, exponent: i64) -> String {
    let n = digits.len() as i64;
    if exponent >= 0 {
        format!("{digits}{}", "0".repeat(exponent as usize))
    } else if -exponent >= n {
        format!("0.{}{digits}", "0".repeat((-exponent - n) as usize))
    } else {
        let at = (n + exponent) as usize;
        format!("{}.{}", &digits[..at], &digits[at..])
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    /// Our reader, after its own handling of separators, gives what `str::parse` gives for the
    /// same decimal: the nearest double, ties to even, none beyond the largest. With a decimal
    /// comma and with a point.
    #[test]
    fn numbers_read_as_the_standard_parser_reads(digits in "[0-9]{1,40}", exponent in -360i64..360, comma in any::<bool>()) {
        let text = with_point(&digits, exponent);
        let want = text.parse::<f64>().ok().filter(|v| v.is_finite()).ok_or(ParseError::NotANumber);
        let typed = if comma { text.replace('.', ",") } else { text.clone() };
        prop_assert_eq!(parse_number(&typed, NumberStyle::Percent), want, "{}", typed);
    }

    /// Long expansions of doubles and of the points halfway between neighbours, where rounding
    /// is hardest.
    #[test]
    fn numbers_read_near_halfway_points(bits in 1u64..0x7fef_ffff_ffff_ffff, precision in 15usize..60) {
        let v = f64::from_bits(bits);
        let next = f64::from_bits(bits + 1);
        for x in [v, v / 2.0 + next / 2.0] {
            let text = format!("{x:.precision$e}");
            let (mantissa, exponent) = text.split_once('e').expect("exponent");
            let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
            let exponent: i64 = exponent.parse::<i64>().expect("integer") - precision as i64;
            let want = text.parse::<f64>().map_err(|_| ParseError::NotANumber);
            prop_assert_eq!(parse_number(&with_point(&digits, exponent), NumberStyle::Percent), want, "{}", text);
        }
    }

    /// Exact ties: an odd integer between 2^53 and 2^54 lies halfway between two doubles, and
    /// stays halfway when doubled.
    #[test]
    fn numbers_round_exact_ties_to_even(n in (1u64 << 52)..(1u64 << 53), shift in 0u32..70) {
        let tie = (u128::from(n) * 2 + 1) << shift;
        let digits = tie.to_string();
        let want = digits.parse::<f64>().map_err(|_| ParseError::NotANumber);
        prop_assert_eq!(parse_number(&digits, NumberStyle::Whole), want, "{}", digits);
    }
}
