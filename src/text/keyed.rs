//! Words chosen by a key: one word per value of a closed set, such as a field's label.

use serde::ser::{Serialize, SerializeMap, Serializer};
use std::fmt::Debug;

/// A word for every value of `K`, given as a `match` in each language's file, so a value without
/// its word does not compile. Read with [`Keyed::of`].
pub struct Keyed<K: 'static, V: 'static = &'static str>(pub fn(K) -> V);

impl<K, V> Keyed<K, V> {
    /// The word for `key`.
    pub fn of(&self, key: K) -> V {
        (self.0)(key)
    }
}

/// A closed set of values, each of which has its words: what lets the tests read every keyed
/// word of a language by name.
pub trait Every: Copy + Debug + 'static {
    /// Every value.
    const EVERY: &'static [Self];
}

/// A keyed word serialises as a map from each key's name to its word.
impl<K: Every, V: Serialize> Serialize for Keyed<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(K::EVERY.len()))?;
        for key in K::EVERY {
            map.serialize_entry(&format!("{key:?}"), &self.of(*key))?;
        }
        map.end()
    }
}

impl Every for bool {
    const EVERY: &'static [Self] = &[false, true];
}

/// `Every` for types with an `ALL` of every value.
macro_rules! every_of_all {
    ($($key:ty),* $(,)?) => {
        $(impl Every for $key {
            const EVERY: &'static [Self] = &<$key>::ALL;
        })*
    };
}

every_of_all!(
    crate::model::Download,
    crate::model::realised::PlanColumn,
    crate::model::Source,
    crate::model::Caveat,
    crate::model::Field,
    crate::model::FormGroup,
    crate::model::Preset,
    crate::model::Metric,
    crate::model::Mode,
    crate::model::document::csv::MonthlyColumn,
    crate::model::document::csv::ComparisonColumn,
    crate::model::results::YearMetric,
    crate::model::realised::Example,
    crate::model::realised::Count,
    crate::model::realised::ShareOf,
    crate::model::realised::RealisedGroup,
    crate::model::realised::RealisedField,
    crate::model::realised::RealisedMetric,
    crate::model::realised::PlanMetric,
    crate::model::results::BudgetMetric,
    crate::model::results::Party,
    crate::model::results::PartyMetric,
);
