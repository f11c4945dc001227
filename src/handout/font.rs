//! The handout's font: egui's Ubuntu Light (from `epaint_default_fonts`, already in the
//! binary), read with ttf-parser for glyph ids and advances. The same advances wrap the
//! lines and place the glyphs, so a line is exactly as wide on paper as the layout measured.

use super::layout::Measure;

/// The font file.
pub const FONT_DATA: &[u8] = epaint_default_fonts::UBUNTU_LIGHT;

/// Glyph ids and advances of the handout font.
pub struct HandoutFont {
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
}

impl HandoutFont {
    /// Reads the embedded font; `None` only if the file were broken.
    pub fn new() -> Option<Self> {
        let face = ttf_parser::Face::parse(FONT_DATA, 0).ok()?;
        let units_per_em = f32::from(face.units_per_em());
        Some(Self { face, units_per_em })
    }

    /// The glyph for a character (0, the missing-glyph box, when the font has none).
    pub fn glyph(&self, c: char) -> u16 {
        self.face.glyph_index(c).map_or(0, |g| g.0)
    }

    /// Whether the font draws the character.
    pub fn has(&self, c: char) -> bool {
        c.is_whitespace() || self.face.glyph_index(c).is_some()
    }

    /// Advance of a character in ems.
    pub fn advance(&self, c: char) -> f32 {
        let glyph = ttf_parser::GlyphId(self.glyph(c));
        f32::from(self.face.glyph_hor_advance(glyph).unwrap_or(0)) / self.units_per_em
    }
}

impl Measure for HandoutFont {
    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c)).sum::<f32>() * size
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_font_reads_and_measures_real_advances() {
        let font = HandoutFont::new().unwrap();
        // Proportional: "i" is narrower than "m"; widths scale with size.
        assert!(font.width("i", 10.0) < font.width("m", 10.0));
        let w = font.width("ankle", 10.0);
        assert!((font.width("ankle", 20.0) - 2.0 * w).abs() < 1e-3);
        for c in "áéíóúñü¿¡•›–’".chars() {
            assert!(font.has(c), "{c} missing");
        }
    }
}
