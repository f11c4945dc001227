//! Lenient reading of one field: a value this version does not know (a theme added by a newer
//! app, a hand-edited typo) resets only that field to its default, not the whole file.
//!
//! Use on unit-only enum fields: `#[serde(deserialize_with = "lenient::unit_enum")]`, or
//! `lenient::optional_unit_enum` for an `Option` of one.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, EnumAccess, VariantAccess, Visitor};

/// Reads a unit enum variant by name; an unknown name gives `T::default()`.
pub fn unit_enum<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    deserializer.deserialize_enum("", &[], UnitEnumVisitor(PhantomData))
}

/// Reads `Some(Variant)` or `None`; an unknown variant name gives `None`.
pub fn optional_unit_enum<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_option(OptionVisitor(PhantomData))
}

struct UnitEnumVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de> + Default> Visitor<'de> for UnitEnumVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a name such as Light or Dark")
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<T, A::Error> {
        Ok(known_variant(data)?.unwrap_or_default())
    }
}

struct OptionVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for OptionVisitor<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("None or Some(a name)")
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        deserializer.deserialize_enum("", &[], OptionalVariantVisitor(PhantomData))
    }
}

struct OptionalVariantVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for OptionalVariantVisitor<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a name")
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Option<T>, A::Error> {
        known_variant(data)
    }
}

/// The variant's name, then `T` from that name alone; `None` when `T` has no such variant.
fn known_variant<'de, A, T>(data: A) -> Result<Option<T>, A::Error>
where
    A: EnumAccess<'de>,
    T: Deserialize<'de>,
{
    let (Identifier(name), variant): (Identifier, A::Variant) = data.variant()?;
    variant.unit_variant()?;
    let by_name = de::value::StrDeserializer::<de::value::Error>::new(&name);
    Ok(T::deserialize(by_name).ok())
}

/// A variant name, read as an identifier (`Dark`), not as a quoted string.
struct Identifier(String);

impl<'de> Deserialize<'de> for Identifier {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct IdentifierVisitor;
        impl Visitor<'_> for IdentifierVisitor {
            type Value = Identifier;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a name")
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<Identifier, E> {
                Ok(Identifier(name.to_owned()))
            }
        }
        deserializer.deserialize_identifier(IdentifierVisitor)
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq)]
    enum Colour {
        #[default]
        Light,
        Dark,
    }

    #[derive(Debug, Default, Deserialize, PartialEq)]
    #[serde(default)]
    struct Doc {
        #[serde(deserialize_with = "super::unit_enum")]
        colour: Colour,
        #[serde(deserialize_with = "super::optional_unit_enum")]
        second: Option<Colour>,
        count: u32,
    }

    #[test]
    fn known_names_load_and_unknown_names_reset_only_their_field() {
        let doc: Doc = ron::from_str("(colour: Dark, second: Some(Dark), count: 3)").unwrap();
        assert_eq!(doc.colour, Colour::Dark);
        assert_eq!(doc.second, Some(Colour::Dark));
        let doc: Doc = ron::from_str("(colour: Purple, second: Some(Purple), count: 3)").unwrap();
        assert_eq!(doc.colour, Colour::Light);
        assert_eq!(doc.second, None);
        assert_eq!(doc.count, 3, "the rest of the file is kept");
        let doc: Doc = ron::from_str("(second: None)").unwrap();
        assert_eq!(doc, Doc::default());
    }
}
