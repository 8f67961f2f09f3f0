//! Reading numbers the way Dutch and English users type them, and writing them back.
//!
//! One parser serves the form and the page address, so a value means the same wherever it was
//! typed. The rules, chosen so that no text is read two ways:
//!
//! - Spaces (also non-breaking), a leading `€` and a trailing `%` are ignored: `€ 15.000` and
//!   `24,4 %` are fine.
//! - With both `.` and `,`, the last one is the decimal separator and the other groups
//!   thousands: `15.000,50` and `15,000.50` are both fifteen thousand and a half.
//! - A single `,` is a decimal comma (Dutch first): `24,43`.
//! - For amounts and whole numbers ([`NumberStyle::Amount`], [`NumberStyle::Whole`]), a `.`
//!   followed by exactly three digits groups thousands: `15.000` is fifteen thousand, as a Dutch
//!   user means it. Amounts therefore allow at most two decimals, so `14400.5` stays a decimal.
//! - For percentages ([`NumberStyle::Percent`]) a `.` is always a decimal point: `52.5`.
//!
//! Anything else (letters, `1e5`, `NaN`, `inf`, two decimal separators) is not a number.

/// How a field's numbers are written, which decides how a `.` is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberStyle {
    /// Whole numbers such as clients or months; `1.500` is one thousand five hundred.
    Whole,
    /// Amounts with at most two decimals (euros, expected clients); `15.000` is fifteen thousand.
    Amount,
    /// Percentages with any number of decimals; `.` and `,` are both decimal separators.
    Percent,
    /// A calendar month, `2008-09` (also `2008-9`, `2008/09`, `09-2008`, `9/2008`), read as
    /// its [`month_index`]: year × 12 + month − 1.
    Month,
}

/// A calendar month as one number: year × 12 + (month − 1), so that months count on by one.
pub const fn month_index(year: u32, month: u32) -> u32 {
    year * 12 + (month - 1)
}

/// The year and month (1 to 12) of a [`month_index`].
pub fn year_and_month(index: u32) -> (u32, u32) {
    (index / 12, index % 12 + 1)
}

/// A month index written as the page and the link carry it: `2008-09`.
pub fn month_text(index: u32) -> String {
    let (year, month) = year_and_month(index);
    format!("{year:04}-{month:02}")
}

/// Reads a calendar month: year and month separated by `-` or `/`, either order, the year in
/// four digits and the month in one or two. Spaces are ignored.
fn parse_month(text: &str) -> Result<f64, ParseError> {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if cleaned.is_empty() {
        return Err(ParseError::Empty);
    }
    let (a, b) = cleaned.split_once(['-', '/']).ok_or(ParseError::NotANumber)?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    if !digits(a) || !digits(b) {
        return Err(ParseError::NotANumber);
    }
    let (year, month) = match (a.len(), b.len()) {
        (4, 1 | 2) => (a, b),
        (1 | 2, 4) => (b, a),
        _ => return Err(ParseError::NotANumber),
    };
    let (year, month): (u32, u32) = (year.parse().map_err(|_| ParseError::NotANumber)?, month.parse().map_err(|_| ParseError::NotANumber)?);
    if !(1..=12).contains(&month) {
        return Err(ParseError::NotANumber);
    }
    Ok(f64::from(month_index(year, month)))
}

/// Why a text is not a number of the wanted style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// Nothing but white space.
    Empty,
    /// Characters or separators that do not form a number.
    NotANumber,
    /// A fraction where only whole numbers are allowed.
    NotWhole,
    /// More than two decimals in an amount.
    TooManyDecimals,
}

/// Reads `text` as a number of the given style. The result is always finite or an error is
/// returned; a negative sign is accepted so that the range check can say what is allowed.
pub fn parse_number(text: &str, style: NumberStyle) -> Result<f64, ParseError> {
    if style == NumberStyle::Month {
        return parse_month(text);
    }
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    let body = cleaned.strip_prefix('€').unwrap_or(&cleaned);
    let body = body.strip_suffix('%').unwrap_or(body);
    if body.is_empty() {
        return Err(ParseError::Empty);
    }
    let (negative, body) = match body.as_bytes()[0] {
        b'-' => (true, &body[1..]),
        b'+' => (false, &body[1..]),
        _ => (false, body),
    };
    if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(ParseError::NotANumber);
    }
    let (int_part, frac_part) = split_decimal(body, style)?;
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(ParseError::NotANumber);
    }
    if style == NumberStyle::Amount && frac_part.len() > 2 {
        return Err(ParseError::TooManyDecimals);
    }
    if style == NumberStyle::Whole && frac_part.chars().any(|c| c != '0') {
        return Err(ParseError::NotWhole);
    }
    let int_part = if int_part.is_empty() { "0" } else { &int_part };
    // Hundreds of digits overflow f64 (none); the range check would reject them anyway, but
    // the model promises never to hand out an infinity.
    let value = super::float::read(&format!("{int_part}.{frac_part}")).ok_or(ParseError::NotANumber)?;
    Ok(if negative { -value } else { value })
}

/// Splits `body` (digits, `.` and `,` only) into the integer digits without grouping
/// separators and the fraction digits.
fn split_decimal(body: &str, style: NumberStyle) -> Result<(String, &str), ParseError> {
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let decimal = match (dots, commas) {
        (0, 0) => None,
        (_, 0) if dots == 1 && !(style != NumberStyle::Percent && one_group(body, '.')) => Some('.'),
        (_, 0) => None, // grouping dots, checked below
        // `16,000` is sixteen thousand for an amount or a count, as English users write it.
        (0, 1) if !(style != NumberStyle::Percent && one_group(body, ',')) => Some(','),
        (0, _) => None, // grouping commas, e.g. 16,000 or 1,000,000
        _ => {
            let last = body.rfind(['.', ',']).map(|i| body.as_bytes()[i] as char);
            last
        }
    };
    let (grouped, frac) = match decimal {
        Some(sep) => {
            let idx = body.rfind(sep).ok_or(ParseError::NotANumber)?;
            (&body[..idx], &body[idx + 1..])
        }
        None => (body, ""),
    };
    if frac.contains(['.', ',']) {
        return Err(ParseError::NotANumber);
    }
    let group_sep = match decimal {
        Some('.') => ',',
        Some(_) => '.',
        None if dots > 0 => '.',
        None => ',',
    };
    if grouped.contains(if group_sep == '.' { ',' } else { '.' }) {
        return Err(ParseError::NotANumber);
    }
    if grouped.contains(group_sep) {
        if style == NumberStyle::Percent && group_sep == '.' && decimal.is_none() {
            return Err(ParseError::NotANumber);
        }
        let mut groups = grouped.split(group_sep);
        let first = groups.next().unwrap_or("");
        let first_ok = (1..=3).contains(&first.len());
        if !first_ok || !groups.all(|g| g.len() == 3) {
            return Err(ParseError::NotANumber);
        }
    }
    Ok((grouped.replace(group_sep, ""), frac))
}

/// True when `body` holds one `separator` between one to three digits and exactly three, which for
/// amounts and whole numbers means a thousands separator (`15.000`, `16,000`): an amount has at
/// most two decimals, and a count none.
fn one_group(body: &str, separator: char) -> bool {
    match body.split_once(separator) {
        Some((int, frac)) => (1..=3).contains(&int.len()) && frac.len() == 3,
        None => false,
    }
}

/// Writes `value` in its shortest exact form with a decimal point and no grouping, as the page
/// address carries it (`52.5`, `15000`). [`parse_number`] reads it back to the same value for
/// every style the value is valid in. The page writes every unrounded number through here; the
/// digits are the platform's ([`super::float::shortest`]). Zero has no sign.
pub fn canonical(value: f64) -> String {
    if value == 0.0 {
        return "0".to_string();
    }
    if !value.is_finite() {
        // Callers filter what is not finite.
        return if value.is_nan() { "NaN" } else { "inf" }.to_string();
    }
    super::float::shortest(value)
}

/// Writes a value of `style` as a link carries it: [`canonical`], or `2008-09` for a month.
pub fn link_text(value: f64, style: NumberStyle) -> String {
    match style {
        NumberStyle::Month => month_text(value as u32),
        NumberStyle::Whole | NumberStyle::Amount | NumberStyle::Percent => canonical(value),
    }
}

/// Writes a value of `style` for its editable field: [`input_text`], or `2008-09` for a month.
pub fn field_text(value: f64, style: NumberStyle) -> String {
    match style {
        NumberStyle::Month => month_text(value as u32),
        NumberStyle::Whole | NumberStyle::Amount | NumberStyle::Percent => input_text(value),
    }
}

/// Writes `value` for an editable field: exact, with a decimal comma and no grouping (`24,43`).
pub fn input_text(value: f64) -> String {
    canonical(value).replace('.', ",")
}

/// `text` written in the other convention by this module ([`input_text`] with a decimal comma,
/// or [`canonical`] with a decimal point), rewritten in the wanted one: `52,5` becomes `52.5`
/// when `decimal_point`, and back. None for anything else, which stays as the user typed it.
pub fn in_convention(text: &str, style: NumberStyle, decimal_point: bool) -> Option<String> {
    if style == NumberStyle::Month {
        // A month is written the same in every language.
        return None;
    }
    let value = parse_number(text, style).ok()?;
    let (ours, theirs) = if decimal_point { (canonical(value), input_text(value)) } else { (input_text(value), canonical(value)) };
    (text == theirs && text != ours).then_some(ours)
}

/// Writes `value` rounded to at most `decimals` decimals, with a decimal comma, for a field whose
/// text is derived from another (the number of exits shown beside a typed share).
pub fn rounded_input_text(value: f64, decimals: i32) -> String {
    let factor = 10f64.powi(decimals);
    input_text((value * factor).round() / factor)
}

#[cfg(test)]
mod tests {
    use super::*;
    use NumberStyle::*;

    #[test]
    fn reads_the_forms_users_type() {
        let cases: &[(&str, NumberStyle, f64)] = &[
            ("569", Whole, 569.0),
            (" 1.500 ", Whole, 1500.0),
            ("1.000.000", Whole, 1_000_000.0),
            ("18,0", Whole, 18.0),
            ("15000", Amount, 15000.0),
            ("15.000", Amount, 15000.0),
            ("€ 15.000", Amount, 15000.0),
            ("€\u{a0}15.000,50", Amount, 15000.5),
            ("15,000.50", Amount, 15000.5),
            ("14400.5", Amount, 14400.5),
            ("14400,25", Amount, 14400.25),
            ("1,5", Amount, 1.5),
            ("24,43", Percent, 24.43),
            ("52.5", Percent, 52.5),
            ("24,4 %", Percent, 24.4),
            ("2.250", Percent, 2.25),
            (",5", Percent, 0.5),
            ("-3", Whole, -3.0),
            ("16,000", Amount, 16000.0),
            ("€16,000", Amount, 16000.0),
            ("1,000", Whole, 1000.0),
            ("16,000", Percent, 16.0),
        ];
        for (text, style, want) in cases {
            assert_eq!(parse_number(text, *style), Ok(*want), "{text:?} as {style:?}");
        }
    }

    #[test]
    fn written_numbers_change_convention_and_typed_ones_stay() {
        assert_eq!(in_convention("52,5", Percent, true).as_deref(), Some("52.5"));
        assert_eq!(in_convention("52.5", Percent, false).as_deref(), Some("52,5"));
        assert_eq!(in_convention("24,43", Percent, true).as_deref(), Some("24.43"));
        for (text, point) in [("52.5", true), ("52,5", false), ("15000", true), ("15.000", true), ("16,000", false), ("abc", true), ("52,50", true)] {
            assert_eq!(in_convention(text, Percent, point), None, "{text}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_number() {
        let cases: &[(&str, NumberStyle, ParseError)] = &[
            ("", Whole, ParseError::Empty),
            ("  ", Amount, ParseError::Empty),
            ("€", Amount, ParseError::Empty),
            ("abc", Whole, ParseError::NotANumber),
            ("NaN", Percent, ParseError::NotANumber),
            ("inf", Percent, ParseError::NotANumber),
            ("1e5", Amount, ParseError::NotANumber),
            ("1,2,3", Percent, ParseError::NotANumber),
            ("1.2.3", Amount, ParseError::NotANumber),
            ("12.34.567", Whole, ParseError::NotANumber),
            (",", Percent, ParseError::NotANumber),
            ("-", Whole, ParseError::NotANumber),
            ("1,5", Whole, ParseError::NotWhole),
            ("14400.125,5", Amount, ParseError::NotANumber),
            ("14400,125", Amount, ParseError::TooManyDecimals),
            ("<b>1</b>", Whole, ParseError::NotANumber),
        ];
        for (text, style, want) in cases {
            assert_eq!(parse_number(text, *style), Err(*want), "{text:?} as {style:?}");
        }
    }

    #[test]
    fn reads_months_in_either_order() {
        let sept_2008 = f64::from(month_index(2008, 9));
        for text in ["2008-09", "2008-9", "2008/09", "09-2008", "9/2008", " 2008 - 09 "] {
            assert_eq!(parse_number(text, Month), Ok(sept_2008), "{text}");
        }
        for text in ["2008-13", "2008-0", "08-09", "2008", "sept 2008", "2008-09-01", "2008.09"] {
            assert_eq!(parse_number(text, Month), Err(ParseError::NotANumber), "{text}");
        }
        assert_eq!(parse_number("", Month), Err(ParseError::Empty));
        assert_eq!(month_text(month_index(2008, 9)), "2008-09");
        assert_eq!(year_and_month(month_index(1997, 1)), (1997, 1));
        assert_eq!(link_text(sept_2008, Month), "2008-09");
        assert_eq!(field_text(sept_2008, Month), "2008-09");
        assert_eq!(in_convention("2008-09", Month, true), None);
    }

    #[test]
    fn huge_digit_strings_are_not_infinite() {
        let text = "9".repeat(400);
        assert_eq!(parse_number(&text, Amount), Err(ParseError::NotANumber));
    }

    #[test]
    fn canonical_and_input_text_read_back() {
        for v in [0.0, 569.0, 52.5, 2.25, 14400.12, 24.428_822_495_606_326, 1e6] {
            assert_eq!(parse_number(&canonical(v), Percent), Ok(v));
            assert_eq!(parse_number(&input_text(v), Percent), Ok(v));
        }
        assert_eq!(canonical(-0.0), "0");
        assert_eq!(input_text(24.43), "24,43");
        assert_eq!(rounded_input_text(146.577, 1), "146,6");
    }
}
