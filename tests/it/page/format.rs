//! The page's numbers against the browser's own: every figure `format` writes must read exactly
//! as `Intl.NumberFormat` would write it (`nl-NL` and `en-GB`), since the prerendered first
//! screen and the app must agree and a reader must never see two forms. `Intl` here is Node's:
//! V8 with ICU, as in Chromium. Needs `node` on the path, as the test command does.

use std::io::Write;
use std::process::{Command, Stdio};
use uitstroomrekenaar::format;
use uitstroomrekenaar::lang::Lang;

/// A small deterministic generator (xorshift), so a failure can be run again.
struct Draws(u64);

impl Draws {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Values of every kind the page shows and the edges of rounding: amounts over many
/// magnitudes, ratios of counts, decimals written with a 5 in the last place (1.005), halves
/// that are exact doubles (2.5, 0.125), values just either side of a half, carries through
/// nines, zeros of both signs, and all of them negative too.
fn values() -> Vec<f64> {
    let mut d = Draws(0x9e37_79b9_7f4a_7c15);
    let mut out = vec![0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 999_999.5, 9.995, 0.0045, 1e-7, 1e21, 123_456_789.0];
    for _ in 0..1500 {
        let magnitude = 10f64.powi(d.below(20) as i32 - 8);
        out.push(d.unit() * magnitude);
        let (a, b) = (d.below(2000) as f64, 1.0 + d.below(700) as f64);
        out.push(a / b);
        let scale = 10f64.powi(d.below(5) as i32);
        out.push((d.below(100_000) as f64 * 10.0 + 5.0) / (scale * 10.0));
        out.push((d.below(1 << 20) as f64 + 0.5) / (1u64 << d.below(6)) as f64);
        let near_half = d.below(10_000) as f64 + 0.5;
        out.push(near_half + f64::EPSILON * near_half * (d.below(5) as f64 - 2.0));
        out.push(10f64.powi(d.below(9) as i32) - 0.5 * 10f64.powi(-(d.below(4) as i32)));
    }
    let negatives: Vec<f64> = out.iter().map(|v| -v).collect();
    out.extend(negatives);
    out
}

#[derive(Clone, Copy)]
enum Style {
    Money,
    Number(u8),
    Percent(u8),
}

#[test]
fn every_form_reads_as_intl_writes_it() {
    let styles = [Style::Money, Style::Number(0), Style::Number(1), Style::Number(2), Style::Percent(0), Style::Percent(1), Style::Percent(2)];
    let mut cases = Vec::new();
    for lang in [Lang::Nl, Lang::En] {
        for style in styles {
            for value in values() {
                let ours = match style {
                    Style::Money => format::money(lang, value),
                    Style::Number(d) => format::number(lang, value, d),
                    Style::Percent(d) => format::percent(lang, value, d),
                };
                let options = match style {
                    Style::Money => serde_json::json!({"style": "currency", "currency": "EUR", "minimumFractionDigits": 0, "maximumFractionDigits": 0}),
                    Style::Number(d) => serde_json::json!({"maximumFractionDigits": d}),
                    Style::Percent(d) => serde_json::json!({"style": "percent", "minimumFractionDigits": d, "maximumFractionDigits": d}),
                };
                cases.push((lang.locale(), options, value, ours));
            }
        }
    }
    // -0.0 as JSON is "-0.0", which JavaScript reads as negative zero.
    let input = serde_json::to_string(&cases.iter().map(|(l, o, v, _)| serde_json::json!([l, o, v])).collect::<Vec<_>>()).unwrap();
    let script = "let s='';process.stdin.on('data',c=>s+=c).on('end',()=>{const f=new Map();\
        process.stdout.write(JSON.stringify(JSON.parse(s).map(([l,o,v])=>{const k=l+JSON.stringify(o);\
        if(!f.has(k))f.set(k,new Intl.NumberFormat([l],o));return f.get(k).format(v)})))})";
    let mut node = Command::new("node")
        .args(["-e", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("node on the path (scripts/setup.sh installs it)");
    node.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let output = node.wait_with_output().unwrap();
    assert!(output.status.success(), "node failed");
    let theirs: Vec<String> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(theirs.len(), cases.len());
    let differ: Vec<String> = cases
        .iter()
        .zip(&theirs)
        .filter(|((_, _, _, ours), theirs)| ours != *theirs)
        .take(20)
        .map(|((l, o, v, ours), theirs)| format!("{l} {o} {v:?}: ours {ours:?}, Intl {theirs:?}"))
        .collect();
    assert!(differ.is_empty(), "{} of {} differ, first:\n{}", cases.iter().zip(&theirs).filter(|((_, _, _, a), b)| a != *b).count(), cases.len(), differ.join("\n"));
    assert!(cases.len() > 100_000, "{} cases", cases.len());
}
