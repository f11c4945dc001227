//! Paper sizes, and the one this computer's locale prints on.

/// Paper sizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> [f32; 2] {
        match self {
            Paper::A4 => [595.28, 841.89],
            Paper::Letter => [612.0, 792.0],
        }
    }

    /// Both sizes, in the order Settings shows them.
    pub const ALL: [Paper; 2] = [Paper::A4, Paper::Letter];

    /// Name as shown.
    pub fn label(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "US Letter", // i18n-ok: the paper's name, as printers list it
        }
    }

    /// The paper a locale prints on: US Letter in the countries that use it (the United
    /// States, Canada, Mexico, the Philippines and much of Central and South America), A4
    /// everywhere else. Takes `en-US`, `en_US.UTF-8`, `es_MX@euro`, `fr-CA` and the like; a
    /// tag without a country is A4.
    pub fn for_locale(tag: &str) -> Self {
        // The countries, by their ISO 3166 codes.
        const LETTER: &str = "US CA MX PH CL CO CR GT PA PR VE DO SV NI"; // i18n-ok: codes
        let tag = tag.split(['.', '@', ':']).next().unwrap_or_default();
        let region = tag
            .split(['-', '_'])
            .skip(1)
            .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()));
        match region {
            Some(region)
                if LETTER
                    .split(' ')
                    .any(|code| code.eq_ignore_ascii_case(region)) =>
            {
                Paper::Letter
            }
            _ => Paper::A4,
        }
    }

    /// The paper of this computer's locale: `LC_PAPER` when it is set (Linux keeps the paper
    /// size there, apart from the language), else the system locale; A4 when unknown.
    pub fn from_system() -> Self {
        let paper = std::env::var("LC_PAPER") // i18n-ok: a variable's name
            .ok()
            .filter(|v| !v.is_empty() && v != "C" && v != "POSIX"); // i18n-ok: locale names
        paper
            .or_else(sys_locale::get_locale)
            .map_or(Paper::A4, |tag| Paper::for_locale(&tag))
    }

    /// Reads `a4` or `letter`.
    pub fn parse(text: &str) -> Option<Self> {
        match text.to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" => Some(Paper::Letter),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_chooses_the_paper() {
        for tag in [
            "en-US",
            "en_US.UTF-8",
            "es_MX",
            "fr-CA",
            "en_PH.utf8",
            "es-CO",
            "en-us",
        ] {
            assert_eq!(Paper::for_locale(tag), Paper::Letter, "{tag}");
        }
        for tag in [
            "en-GB",
            "de_DE.UTF-8",
            "es-ES",
            "en",
            "C",
            "",
            "zh-Hans-CN",
            "sr_RS@latin",
        ] {
            assert_eq!(Paper::for_locale(tag), Paper::A4, "{tag}");
        }
        assert_eq!(
            Paper::for_locale("zh-Hant-US"),
            Paper::Letter,
            "script then region"
        );
    }

    #[test]
    fn letter_is_wider_and_shorter_than_a4() {
        let [aw, ah] = Paper::A4.size();
        let [lw, lh] = Paper::Letter.size();
        assert!(lw > aw && lh < ah);
        assert_eq!(Paper::parse("LETTER"), Some(Paper::Letter));
        assert_eq!(Paper::parse("a5"), None);
    }
}
