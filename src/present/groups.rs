//! What the page says of a caseload split into groups: the groups' names, the paragraph's
//! sentence, and what a link held that the page set aside.

use crate::model::input::{Group, RawGroup};

use crate::model::core::limits::MAX_GROUPS;
use crate::model::core::units::Bound;
use crate::model::Field;
use crate::model::document::link::LinkNotice;
use crate::text::groups::{GroupLine, OtherUnit, TooManyGroups};
use crate::text::Texts;

impl Texts {
    /// The names the page shows for groups: the typed name, else "Groep n".
    pub fn group_names(&self, groups: &[RawGroup]) -> Vec<String> {
        groups.iter().enumerate().map(|(i, g)| self.group_name(&g.name, i)).collect()
    }

    /// A group's name as shown: the typed one, else "Groep n".
    pub fn group_name(&self, name: &str, index: usize) -> String {
        if name.trim().is_empty() { (self.groups.group)(index + 1) } else { name.trim().to_string() }
    }

    /// The paragraph's sentence on the groups: "De caseload bestaat uit 2 groepen: de groep
    /// ‘Kort’, 300 cliënten, van wie 40% uitstroomt; de groep …." Empty without groups.
    pub fn groups_sentence(&self, groups: &[Group]) -> String {
        if groups.is_empty() {
            return String::new();
        }
        let w = self.groups;
        let lines: Vec<String> = groups
            .iter()
            .enumerate()
            .map(|(i, g)| {
                (w.summary_group)(&GroupLine {
                    name: &self.group_name(&g.name, i),
                    caseload: &self.number(f64::from(g.caseload), 0),
                    share: &self.percent(g.exit_share.fraction(), 1),
                })
            })
            .collect();
        format!("{}{}. ", (w.summary_intro)(groups.len()), lines.join("; "))
    }

    /// What a link held that the page set aside, in one line; `names` the scenarios' names as
    /// shown.
    pub fn link_notice(&self, notice: &LinkNotice, names: &[String]) -> String {
        match *notice {
            LinkNotice::TooManyGroups { scenario, given } => (self.groups.too_many)(&TooManyGroups {
                scenario: scenario.and_then(|s| names.get(s - 1)).map(String::as_str),
                given,
                max: MAX_GROUPS,
            }),
            LinkNotice::FieldsBesideGroups => self.groups.fields_beside_groups.to_string(),
            LinkNotice::RangesBesideGroups => self.groups.ranges_beside_groups.to_string(),
            LinkNotice::RangeInOtherUnit { range } => {
                let other = if range == Field::Exits { Field::ExitShare } else { Field::Exits };
                let names = |f: Field| Bound::ALL.map(|b| b.link_name(f)).join(", ");
                (self.groups.range_in_other_unit)(&OtherUnit { range_as_count: range == Field::Exits, names: &names(range), fitting: &names(other) })
            }
        }
    }
}
