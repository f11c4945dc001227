//! The warning-sign registry (`content/warning-signs.ron`): every warning sign with its one
//! tier, its wording at both reading levels and its sources, the advice for each tier (where
//! to go), and the safety net shown with every self-check result. Articles, region texts, the
//! plan and the self-check refer to signs by id, so a sign cannot be "emergency" in one place
//! and "see a doctor" in another.

use serde::{Deserialize, Serialize};

use crate::selfcheck::spec::{Text, Urgency};
use crate::settings::ReadingLevel;

/// What is shown for the emergency number when the setting is empty.
pub const DEFAULT_EMERGENCY: &str = "your local emergency number (for example 112, 911 or 999)";

/// The registry file.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct WarningRegistry {
    /// What to do, per tier (emergency, same day, appointment).
    pub tiers: Vec<TierAdvice>,
    /// Every warning sign.
    pub signs: Vec<WarningSign>,
    /// The block shown with every result.
    pub safety_net: SafetyNet,
    /// The words that stand for `{emergency}` (translated with the rest of the registry).
    #[serde(default)]
    pub emergency: EmergencyWords,
}

/// What `{emergency}` becomes in a text.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EmergencyWords {
    /// When no number is set: a general phrase.
    pub unknown: String,
    /// When a number is set; `{number}` stands for it.
    pub number: String,
}

impl Default for EmergencyWords {
    fn default() -> Self {
        Self {
            unknown: DEFAULT_EMERGENCY.to_owned(),
            number: "the emergency number {number}".to_owned(),
        }
    }
}

/// The heading and the concrete instruction for one tier.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TierAdvice {
    /// The tier.
    pub tier: Urgency,
    /// "Get emergency care now".
    pub heading: Text,
    /// Where to go, concretely. `{emergency}` stands for the emergency number setting.
    pub action: Text,
}

/// One warning sign.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct WarningSign {
    /// Stable id, used by self-check answers, article warning boxes, regions and the plan.
    pub id: String,
    /// How soon to get care. One tier per sign, everywhere.
    pub tier: Urgency,
    /// The sign itself, as one line.
    pub text: Text,
    /// Why it matters.
    pub why: Text,
    /// What to tell the staff, or what to do until seen.
    #[serde(default)]
    pub tell: Option<Text>,
    /// Body-map regions to highlight with it.
    #[serde(default)]
    pub regions: Vec<String>,
    /// Source ids.
    pub sources: Vec<String>,
}

/// The same safety net on every result.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SafetyNet {
    /// Heading over the list.
    pub heading: Text,
    /// Sign ids listed, grouped by tier when shown.
    pub signs: Vec<String>,
    /// "If it is not better within {weeks} weeks, …".
    pub not_better: Text,
}

impl WarningRegistry {
    /// A sign by id.
    pub fn sign(&self, id: &str) -> Option<&WarningSign> {
        self.signs.iter().find(|s| s.id == id)
    }

    /// The advice for a tier.
    pub fn tier(&self, tier: Urgency) -> Option<&TierAdvice> {
        self.tiers.iter().find(|t| t.tier == tier)
    }

    /// Signs grouped by tier, most urgent first; unknown ids are skipped.
    pub fn grouped<'a>(&'a self, ids: &[String]) -> Vec<(Urgency, Vec<&'a WarningSign>)> {
        let mut groups = Vec::new();
        for tier in Urgency::ALL.into_iter().rev() {
            let signs: Vec<&WarningSign> = ids
                .iter()
                .filter_map(|id| self.sign(id))
                .filter(|s| s.tier == tier)
                .collect();
            if !signs.is_empty() {
                groups.push((tier, signs));
            }
        }
        groups
    }

    /// The action for a tier at a reading level, with the emergency number filled in.
    pub fn action(&self, tier: Urgency, level: ReadingLevel, emergency_number: &str) -> String {
        self.tier(tier)
            .map(|t| self.fill_emergency(t.action.get(level), emergency_number))
            .unwrap_or_default()
    }

    /// Replaces `{emergency}` by the clinic's emergency number, or by a general phrase, in the
    /// registry's own (translated) words.
    pub fn fill_emergency(&self, text: &str, emergency_number: &str) -> String {
        let number = emergency_number.trim();
        let shown = if number.is_empty() {
            self.emergency.unknown.clone()
        } else {
            self.emergency.number.replace("{number}", number)
        };
        text.replace("{emergency}", &shown)
    }

    /// The "not better within N weeks" line.
    pub fn not_better(&self, weeks: u8, level: ReadingLevel) -> String {
        self.safety_net
            .not_better
            .get(level)
            .replace("{weeks}", &weeks.to_string())
    }
}

/// A problem in the registry: the message and a quoted needle to place it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegistryProblem {
    /// What is wrong.
    pub message: String,
    /// Text to look for in the file.
    pub needle: String,
}

/// Checks the registry on its own: unique ids, tier advice present, placeholders present,
/// known sources and regions, safety-net ids known.
pub fn validate(
    registry: &WarningRegistry,
    sources: &dyn Fn(&str) -> bool,
    regions: &dyn Fn(&str) -> bool,
) -> Vec<RegistryProblem> {
    let mut problems = Vec::new();
    let mut push = |message: String, needle: &str| {
        problems.push(RegistryProblem {
            message,
            needle: needle.to_owned(),
        });
    };
    if !registry.emergency.number.contains("{number}") {
        push(
            "the emergency wording with a number must contain {number}".to_owned(),
            "number:",
        );
    }
    for tier in [Urgency::Emergency, Urgency::SameDay, Urgency::Appointment] {
        match registry.tier(tier) {
            None => push(format!("no advice for the tier {}", tier.id()), "tiers"),
            Some(advice) => {
                if tier == Urgency::Emergency
                    && !(advice.action.patient.contains("{emergency}")
                        && advice.action.clinician.contains("{emergency}"))
                {
                    push(
                        "the emergency advice must name the emergency number ({emergency})"
                            .to_owned(),
                        "Emergency",
                    );
                }
            }
        }
    }
    for (index, sign) in registry.signs.iter().enumerate() {
        let quoted = format!("\"{}\"", sign.id);
        if registry.signs[..index].iter().any(|s| s.id == sign.id) {
            push(
                format!("duplicate warning sign id \"{}\"", sign.id),
                &quoted,
            );
        }
        if sign.tier == Urgency::SelfCare {
            push(
                format!("warning sign \"{}\" cannot be self-care", sign.id),
                &quoted,
            );
        }
        for text in [&sign.text, &sign.why] {
            if text.patient.trim().is_empty() || text.clinician.trim().is_empty() {
                push(
                    format!("warning sign \"{}\" has an empty text", sign.id),
                    &quoted,
                );
            }
        }
        if sign.sources.is_empty() {
            push(
                format!("warning sign \"{}\" names no source", sign.id),
                &quoted,
            );
        }
        for source in &sign.sources {
            if !sources(source) {
                push(
                    format!("unknown source id \"{source}\""),
                    &format!("\"{source}\""),
                );
            }
        }
        for region in &sign.regions {
            if !regions(region) {
                push(
                    format!("unknown region id \"{region}\""),
                    &format!("\"{region}\""),
                );
            }
        }
    }
    for id in &registry.safety_net.signs {
        if registry.sign(id).is_none() {
            push(
                format!("unknown warning sign \"{id}\""),
                &format!("\"{id}\""),
            );
        }
    }
    let net = &registry.safety_net.not_better;
    if !(net.patient.contains("{weeks}") && net.clinician.contains("{weeks}")) {
        push(
            "the safety net's not_better text must contain {weeks}".to_owned(),
            "not_better",
        );
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Text {
        Text {
            patient: s.into(),
            clinician: s.into(),
        }
    }

    fn registry() -> WarningRegistry {
        let advice = |tier, action: &str| TierAdvice {
            tier,
            heading: text("Heading"),
            action: text(action),
        };
        WarningRegistry {
            tiers: vec![
                advice(Urgency::Emergency, "Call {emergency} now."),
                advice(Urgency::SameDay, "Today."),
                advice(Urgency::Appointment, "Book."),
            ],
            signs: vec![
                WarningSign {
                    id: "a".into(),
                    tier: Urgency::SameDay,
                    text: text("A"),
                    why: text("Why"),
                    tell: None,
                    regions: vec![],
                    sources: vec!["s".into()],
                },
                WarningSign {
                    id: "b".into(),
                    tier: Urgency::Emergency,
                    text: text("B"),
                    why: text("Why"),
                    tell: None,
                    regions: vec![],
                    sources: vec!["s".into()],
                },
            ],
            safety_net: SafetyNet {
                heading: text("Get care if"),
                signs: vec!["a".into(), "b".into()],
                not_better: text("Not better in {weeks} weeks."),
            },
            emergency: EmergencyWords::default(),
        }
    }

    #[test]
    fn the_emergency_number_is_filled_in() {
        let r = registry();
        assert_eq!(
            r.action(Urgency::Emergency, ReadingLevel::Patient, " 112 "),
            "Call the emergency number 112 now."
        );
        assert_eq!(
            r.action(Urgency::Emergency, ReadingLevel::Patient, ""),
            format!("Call {DEFAULT_EMERGENCY} now.")
        );
        let mut spanish = r.clone();
        spanish.emergency = EmergencyWords {
            unknown: "número local de emergencias".into(),
            number: "número de emergencias {number}".into(),
        };
        assert_eq!(
            spanish.fill_emergency("Llame al {emergency}.", "911"),
            "Llame al número de emergencias 911."
        );
        assert_eq!(
            spanish.fill_emergency("Llame al {emergency}.", ""),
            "Llame al número local de emergencias."
        );
        assert_eq!(
            r.not_better(4, ReadingLevel::Patient),
            "Not better in 4 weeks."
        );
    }

    #[test]
    fn groups_are_most_urgent_first() {
        let r = registry();
        let groups = r.grouped(&["a".into(), "b".into(), "nope".into()]);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].0, Urgency::Emergency);
        assert_eq!(groups[0].1[0].id, "b");
    }

    #[test]
    fn validation_finds_problems() {
        let yes = |_: &str| true;
        assert!(validate(&registry(), &yes, &yes).is_empty());
        let mut r = registry();
        r.tiers[0].action = text("Go now.");
        r.signs[1].id = "a".into();
        r.safety_net.signs.push("zzz".into());
        let messages: Vec<String> = validate(&r, &yes, &|_| false)
            .into_iter()
            .map(|p| p.message)
            .collect();
        assert!(messages.iter().any(|m| m.contains("emergency number")));
        assert!(
            messages
                .iter()
                .any(|m| m.contains("duplicate warning sign"))
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("unknown warning sign \"zzz\""))
        );
        let no_sources = validate(&registry(), &|_| false, &yes);
        assert!(
            no_sources
                .iter()
                .any(|p| p.message.contains("unknown source"))
        );
    }
}
