//! Every variant of an enum as an array, in declaration order: strum's `VariantArray` lists
//! them and `EnumCount` counts them, so a list that must name every variant (the form's groups,
//! a CSV's columns, the results) is derived, and a new variant is in it without a line more.

/// The variants (strum's `VARIANTS`) as an array of `N` (the enum's `COUNT`); a length that
/// differs stops the build.
pub const fn every<T: Copy, const N: usize>(variants: &[T]) -> [T; N] {
    assert!(variants.len() == N && N > 0, "every variant, once");
    let mut out = [variants[0]; N];
    let mut i = 1;
    while i < N {
        out[i] = variants[i];
        i += 1;
    }
    out
}
