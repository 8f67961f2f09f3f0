//! Numbers as the page shows them, the language's way: `€ 2.085.000`, `24,4%`, `1.234,5` in
//! Dutch; `€2,085,000`, `24.4%`, `1,234.5` in English.
//!
//! In the browser the formatting is the browser's own `Intl.NumberFormat` for the language's
//! locale (`Lang::locale`), with one formatter per language and style kept for the page's
//! lifetime. Outside the browser (the native render tests) `Intl` does not exist, so a plain
//! imitation of the same output stands in; the browser tests check the real thing. Values that
//! are not finite show as a dash, never `NaN`.

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
    imp::format(lang, value, style)
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::{Lang, Style};
    use js_sys::{Array, Function, Intl, Object, Reflect};
    use std::cell::RefCell;
    use wasm_bindgen::JsValue;

    thread_local! {
        static FORMATTERS: RefCell<Vec<(Lang, Style, Function)>> = const { RefCell::new(Vec::new()) };
    }

    fn formatter(lang: Lang, style: Style) -> Function {
        FORMATTERS.with(|cache| {
            if let Some((_, _, f)) = cache.borrow().iter().find(|(l, s, _)| *l == lang && *s == style) {
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
            let locales = Array::of1(&JsValue::from_str(lang.locale()));
            let f = Intl::NumberFormat::new(&locales, &options).format();
            cache.borrow_mut().push((lang, style, f.clone()));
            f
        })
    }

    pub(super) fn format(lang: Lang, value: f64, style: Style) -> String {
        formatter(lang, style)
            .call1(&JsValue::NULL, &JsValue::from_f64(value))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| super::NO_VALUE.to_string())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    //! Imitates `Intl.NumberFormat` for `nl-NL` and `en-GB` for the native render tests.
    use super::{Lang, Style};

    pub(super) fn format(lang: Lang, value: f64, style: Style) -> String {
        let (group, point) = match lang {
            Lang::Nl => ('.', ','),
            Lang::En => (',', '.'),
        };
        match style {
            Style::Money => {
                let sign = if value.round() < 0.0 { "-" } else { "" };
                let amount = grouped(value.abs(), 0, group, point);
                match lang {
                    Lang::Nl => format!("€\u{a0}{sign}{amount}"),
                    Lang::En => format!("{sign}€{amount}"),
                }
            }
            Style::Number(d) => {
                let text = grouped(value.abs(), d, group, point);
                let sign = if value < 0.0 && text != "0" { "-" } else { "" };
                format!("{sign}{text}")
            }
            Style::Percent(d) => {
                let text = format!("{:.*}", d as usize, value * 100.0).replace('.', &point.to_string());
                format!("{text}%")
            }
        }
    }

    /// `value` (not negative) with at most `max_decimals` decimals, trailing zeros dropped,
    /// thousands grouped.
    fn grouped(value: f64, max_decimals: u8, group: char, point: char) -> String {
        let fixed = format!("{:.*}", max_decimals as usize, value);
        let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
        let frac = frac.trim_end_matches('0');
        let mut out = String::new();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push(point);
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
    fn imitation_matches_the_english_forms() {
        let en = Lang::En;
        assert_eq!(money(en, 2_084_999.999_9), "€2,085,000");
        assert_eq!(money(en, -600_000.0), "-€600,000");
        assert_eq!(number(en, 1234.56, 1), "1,234.6");
        assert_eq!(percent(en, 139.0 / 569.0, 1), "24.4%");
    }
}
