//! Decimal text to `f64`, exactly: the nearest double (ties to even), as `str::parse` gives.
//!
//! Why not `str::parse::<f64>`: its fast path carries a 10 KB table of powers of five that no
//! compression shrinks, plus 5 KB of code: a tenth of the page's size budget. Numbers here are
//! few and short (a form field, a link, a saved file), so a slower exact method serves: start
//! from a close guess and move it one step at a time until exact big-integer comparisons with
//! the halfway points on both sides show it is the nearest (Clinger's "algorithm R"). Tested
//! against `str::parse` on random digit strings and exponents (`tests/model.rs`).

use std::cmp::Ordering;

/// A non-negative big integer, 32-bit limbs, least significant first.
#[derive(Clone)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(v: u64) -> Big {
        Big(vec![v as u32, (v >> 32) as u32])
    }

    fn mul_small(&mut self, factor: u32) {
        let mut carry = 0u64;
        for limb in &mut self.0 {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn add_small(&mut self, value: u32) {
        let mut carry = u64::from(value);
        for limb in &mut self.0 {
            if carry == 0 {
                return;
            }
            let sum = u64::from(*limb) + carry;
            *limb = sum as u32;
            carry = sum >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow10(&mut self, mut n: u32) {
        while n >= 9 {
            self.mul_small(1_000_000_000);
            n -= 9;
        }
        self.mul_small(10u32.pow(n));
    }

    fn shl(&mut self, bits: u32) {
        let (limbs, bits) = ((bits / 32) as usize, bits % 32);
        if bits > 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let next = *limb >> (32 - bits);
                *limb = (*limb << bits) | carry;
                carry = next;
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    fn cmp(&self, other: &Big) -> Ordering {
        let trim = |v: &[u32]| v.len() - v.iter().rev().take_while(|l| **l == 0).count();
        let (a, b) = (&self.0[..trim(&self.0)], &other.0[..trim(&other.0)]);
        a.len().cmp(&b.len()).then_with(|| a.iter().rev().cmp(b.iter().rev()))
    }
}

/// The value of `digits` (ASCII digits, any number, leading zeros allowed) × 10^`exponent`,
/// rounded to the nearest `f64`, ties to even; none when it is too large for an `f64`.
pub fn to_f64(digits: &[u8], exponent: i64) -> Option<f64> {
    let digits = &digits[digits.iter().take_while(|d| **d == b'0').count()..];
    let zeros = digits.iter().rev().take_while(|d| **d == b'0').count();
    let digits = &digits[..digits.len() - zeros];
    if digits.is_empty() {
        return Some(0.0);
    }
    let exponent = exponent.saturating_add(zeros as i64);
    // The magnitude: the value lies in [10^(magnitude − 1), 10^magnitude).
    let magnitude = exponent.saturating_add(digits.len() as i64);
    if magnitude > 310 {
        return None;
    }
    if magnitude < -330 {
        return Some(0.0);
    }
    let exponent = exponent as i32;
    let mut exact = Big(vec![0]);
    for chunk in digits.chunks(9) {
        exact.mul_small(10u32.pow(chunk.len() as u32));
        exact.add_small(chunk.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')));
    }
    // A close guess from the first 19 digits, corrected below.
    let lead = &digits[..digits.len().min(19)];
    let w = lead.iter().fold(0u64, |n, d| n * 10 + u64::from(d - b'0'));
    let e = exponent + (digits.len() - lead.len()) as i32;
    let guess = w as f64 * 10f64.powi(e / 2) * 10f64.powi(e - e / 2);
    let mut a = if guess.is_finite() { guess.max(f64::from_bits(1)) } else { f64::MAX };
    // The exact value compared with (2m + 1) · 2^(k − 1): the halfway point above a = m · 2^k,
    // or with the point below (`up` false).
    let compare = |m: u64, k: i32, up: bool| -> Ordering {
        let (mut x, mut y) = (exact.clone(), if up { Big::from_u64(2 * m + 1) } else { Big::from_u64(2 * m - 1) });
        if exponent >= 0 {
            x.mul_pow10(exponent as u32);
        } else {
            y.mul_pow10(exponent.unsigned_abs());
        }
        if k >= 1 {
            y.shl((k - 1) as u32);
        } else {
            x.shl((1 - k) as u32);
        }
        x.cmp(&y)
    };
    loop {
        let bits = a.to_bits();
        let (biased, fraction) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
        let (m, k) = if biased == 0 { (fraction, -1074) } else { (fraction | (1 << 52), biased - 1075) };
        let even = m % 2 == 0;
        match compare(m, k, true) {
            Ordering::Greater => {
                if a == f64::MAX {
                    return None;
                }
                a = f64::from_bits(bits + 1);
                continue;
            }
            Ordering::Equal if !even => {
                if a == f64::MAX {
                    return None;
                }
                a = f64::from_bits(bits + 1);
                continue;
            }
            _ => {}
        }
        // Below a power of two the next lower double is half as far.
        let below = if m == 1 << 52 && biased > 1 { compare(2 * m, k - 1, false) } else { compare(m, k, false) };
        match below {
            Ordering::Less => {}
            Ordering::Equal if !even => {}
            _ => return Some(a),
        }
        if bits == 1 {
            // Below the smallest double: zero, or the smallest double on a tie (odd, so zero).
            return Some(0.0);
        }
        a = f64::from_bits(bits - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_page_values_and_the_hard_cases() {
        let cases = [
            ("569", 0, 569.0),
            ("244288224956063268", -16, 24.428_822_495_606_327),
            ("1", -1, 0.1),
            ("15", 3, 15_000.0),
            ("0000", 5, 0.0),
            ("17976931348623157", 292, f64::MAX),
            ("5", -324, 5e-324),
            ("2", -324, 0.0),
            ("3", -324, 5e-324),
            ("9007199254740993", 0, 9_007_199_254_740_992.0),
            ("9007199254740995", 0, 9_007_199_254_740_996.0),
        ];
        for (digits, exponent, want) in cases {
            assert_eq!(to_f64(digits.as_bytes(), exponent), Some(want), "{digits}e{exponent}");
        }
        assert_eq!(to_f64(b"18", 307), None);
        assert_eq!(to_f64(b"1", 400), None);
        assert_eq!(to_f64(b"1", -400), Some(0.0));
    }
}
