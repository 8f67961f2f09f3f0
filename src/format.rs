//! Numbers as the page shows them, the Dutch way: `€ 2.085.000`, `24,4%`, `1.234,5`.
//!
//! In the browser the formatting is the browser's own `Intl.NumberFormat` for `nl-NL`, with
//! one formatter per style kept for the page's lifetime. Outside the browser (the native render
//! tests) `Intl` does not exist, so a plain imitation of the same output stands in; the browser
//! tests check the real thing. Values that are not finite show as a dash, never `NaN`.

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
pub fn money(euros: f64) -> String {
    format(euros, Style::Money)
}

/// A number with at most `max_decimals` decimals: `1.234,5`.
pub fn number(value: f64, max_decimals: u8) -> String {
    format(value, Style::Number(max_decimals))
}

/// A fraction (0 to 1) as a percentage with `decimals` decimals: `24,4%`.
pub fn percent(fraction: f64, decimals: u8) -> String {
    format(fraction, Style::Percent(decimals))
}

fn format(value: f64, style: Style) -> String {
    if !value.is_finite() {
        return NO_VALUE.to_string();
    }
    imp::format(value, style)
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::Style;
    use js_sys::{Array, Function, Intl, Object, Reflect};
    use std::cell::RefCell;
    use wasm_bindgen::JsValue;

    thread_local! {
        static FORMATTERS: RefCell<Vec<(Style, Function)>> = const { RefCell::new(Vec::new()) };
    }

    fn formatter(style: Style) -> Function {
        FORMATTERS.with(|cache| {
            if let Some((_, f)) = cache.borrow().iter().find(|(s, _)| *s == style) {
                return f.clone();
            }
            let options = Object::new();
            let set = |key: &str, value: JsValue| {
                // Setting a property on a fresh plain object cannot fail.
                let _ = Reflect::set(&options, &JsValue::from_str(key), &value);
            };
            match style {
                Style::Money => {
                    set("style", "currency".into());
                    set("currency", "EUR".into());
                    set("minimumFractionDigits", 0.into());
                    set("maximumFractionDigits", 0.into());
                }
                Style::Number(d) => set("maximumFractionDigits", d.into()),
                Style::Percent(d) => {
                    set("style", "percent".into());
                    set("minimumFractionDigits", d.into());
                    set("maximumFractionDigits", d.into());
                }
            }
            let locales = Array::of1(&JsValue::from_str("nl-NL"));
            let f = Intl::NumberFormat::new(&locales, &options).format();
            cache.borrow_mut().push((style, f.clone()));
            f
        })
    }

    pub(super) fn format(value: f64, style: Style) -> String {
        formatter(style)
            .call1(&JsValue::NULL, &JsValue::from_f64(value))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| super::NO_VALUE.to_string())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    //! Imitates `Intl.NumberFormat("nl-NL")` for the native render tests.
    use super::Style;

    pub(super) fn format(value: f64, style: Style) -> String {
        match style {
            Style::Money => {
                let sign = if value.round() < 0.0 { "-" } else { "" };
                format!("€\u{a0}{sign}{}", grouped(value.abs(), 0))
            }
            Style::Number(d) => {
                let sign = if value < 0.0 && grouped(value.abs(), d) != "0" { "-" } else { "" };
                format!("{sign}{}", grouped(value.abs(), d))
            }
            Style::Percent(d) => {
                let text = format!("{:.*}", d as usize, value * 100.0).replace('.', ",");
                format!("{text}%")
            }
        }
    }

    /// `value` (not negative) with at most `max_decimals` decimals, trailing zeros dropped,
    /// thousands grouped with `.` and a decimal comma.
    fn grouped(value: f64, max_decimals: u8) -> String {
        let fixed = format!("{:.*}", max_decimals as usize, value);
        let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
        let frac = frac.trim_end_matches('0');
        let mut out = String::new();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push('.');
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push(',');
            out.push_str(frac);
        }
        out
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn imitation_matches_the_dutch_forms() {
        assert_eq!(money(2_084_999.9999), "€\u{a0}2.085.000");
        assert_eq!(money(-600_000.0), "€\u{a0}-600.000");
        assert_eq!(number(1234.56, 1), "1.234,6");
        assert_eq!(number(139.0, 0), "139");
        assert_eq!(percent(139.0 / 569.0, 1), "24,4%");
        assert_eq!(money(f64::NAN), NO_VALUE);
        assert_eq!(number(f64::INFINITY, 0), NO_VALUE);
    }
}
