//! The one place the model meets the platform: reading a float from plain decimal digits and
//! writing a float's shortest text. Everything around it (the Dutch and English forms, `€`,
//! `%`, grouping) is ours, in [`super::number`]; the float itself is the platform's.
//!
//! In the page these are the browser's own `parseFloat` and `Number.prototype.toString`, which
//! ECMAScript defines as correctly rounded and shortest, and which cost the page nothing. The
//! standard library's `str::parse::<f64>` and `Display` would add their tables (about 15 KB
//! brotli) for the same results. Natively (`cargo test`) the twins are `str::parse` and
//! `Display`, and the property tests in `tests/it/core/number.rs` hold the two to the same answers.

/// The value of `text`, which holds ASCII digits with at most one `.` (no sign, no exponent);
/// none when it is not finite (hundreds of digits).
pub fn read(text: &str) -> Option<f64> {
    imp::read(text).filter(|v| v.is_finite())
}

/// The shortest text that reads back to `value` (finite, not negative zero), with a decimal
/// point and never an exponent: `52.5`, `15000`, `0.0000001`.
pub fn shortest(value: f64) -> String {
    plain(&imp::shortest(value))
}

#[cfg(target_arch = "wasm32")]
mod imp {
    pub fn read(text: &str) -> Option<f64> {
        let v = js_sys::parse_float(text);
        (!v.is_nan()).then_some(v)
    }
    pub fn shortest(value: f64) -> String {
        // Radix 10 is always valid, so this cannot fail.
        js_sys::Number::from(value).to_string_with_radix(10).map(String::from).unwrap_or_default()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn read(text: &str) -> Option<f64> {
        text.parse().ok()
    }
    pub fn shortest(value: f64) -> String {
        value.to_string()
    }
}

/// Writes a number text with an exponent (`1e+21`, `1.5e-7`, as `Number.prototype.toString`
/// gives for very large and very small values) as plain decimal; others stay as they are.
fn plain(text: &str) -> String {
    let (sign, text) = text.strip_prefix('-').map_or(("", text), |rest| ("-", rest));
    let Some((mantissa, exponent)) = text.split_once(['e', 'E']) else { return format!("{sign}{text}") };
    let exponent: i64 = exponent.trim_start_matches('+').parse().unwrap_or(0);
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    let point = int.len() as i64 + exponent;
    let lead = (digits.len() - digits.trim_start_matches('0').len()) as i64;
    let point = point - lead;
    let digits = digits.trim_matches('0');
    let n = digits.len() as i64;
    let body = if point <= 0 {
        format!("0.{}{digits}", "0".repeat((-point) as usize))
    } else if point >= n {
        format!("{digits}{}", "0".repeat((point - n) as usize))
    } else {
        format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
    };
    format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exponent_forms_become_plain() {
        let cases = [
            ("1e+21", "1000000000000000000000"),
            ("1.5e-7", "0.00000015"),
            ("-2.25e+22", "-22500000000000000000000"),
            ("1.2345e2", "123.45"),
            ("52.5", "52.5"),
            ("15000", "15000"),
        ];
        for (text, want) in cases {
            assert_eq!(plain(text), want, "{text}");
        }
    }

    #[test]
    fn reads_digits() {
        assert_eq!(read("24.43"), Some(24.43));
        assert_eq!(read("15000"), Some(15000.0));
        assert_eq!(read(&"9".repeat(400)), None);
    }
}
