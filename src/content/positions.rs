//! Problems with their `path:line:col`, and finding a place in a file's text.

use std::fmt;

/// One problem in a content folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentProblem {
    /// File path as given to the checker.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// What is wrong.
    pub message: String,
}

impl ContentProblem {
    pub(super) fn new(path: String, line: usize, col: usize, message: impl Into<String>) -> Self {
        Self {
            path,
            line,
            col,
            message: one_line(message.into()),
        }
    }
}

impl fmt::Display for ContentProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path, self.line, self.col, self.message
        )
    }
}

pub(super) fn unclosed_link_offset(text: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(open) = text[from..].find("[[") {
        let open = from + open;
        match text[open + 2..].find("]]") {
            Some(len) => from = open + 2 + len + 2,
            None => return Some(open),
        }
    }
    None
}

pub(super) fn has_unclosed_link(text: &str) -> bool {
    unclosed_link_offset(text).is_some()
}

pub(super) fn find_id(text: &str, id: &str, from: usize) -> Option<usize> {
    let needle = quoted(id);
    let mut at = from;
    while let Some(found) = find_offset(text, &needle, at) {
        let before = text[..found].trim_end();
        if let Some(key) = before.strip_suffix(':')
            && key.trim_end().ends_with("id")
        {
            return Some(found);
        }
        at = found + 1;
    }
    find_offset(text, &needle, from)
}

/// The first words of a text (at most 40 bytes, on a character boundary), to find it in its file.
pub(super) fn prefix_of(text: &str) -> &str {
    let mut end = text.len().min(40);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// An id as RON writes it in a file (quoted, with escapes), to find it there.
pub(super) fn quoted(id: &str) -> String {
    ron::to_string(id).unwrap_or_else(|_| format!("\"{id}\""))
}

/// A message on one line: control characters (a newline in an id) are shown escaped.
pub(super) fn one_line(message: String) -> String {
    if !message.chars().any(char::is_control) {
        return message;
    }
    message
        .chars()
        .map(|c| match c {
            '\n' => "\\n".to_owned(),
            '\t' => "\\t".to_owned(),
            '\r' => "\\r".to_owned(),
            c if c.is_control() => c.escape_unicode().to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// Reads a content file's RON; a parse error is one problem at its place in `path`.
pub(super) fn parse_ron<T: serde::de::DeserializeOwned>(
    text: &str,
    path: &str,
) -> Result<T, ContentProblem> {
    ron::from_str(text).map_err(|err| {
        ContentProblem::new(
            path.to_owned(),
            err.span.start.line,
            err.span.start.col,
            err.code.to_string(),
        )
    })
}

pub(super) fn find_offset(text: &str, needle: &str, from: usize) -> Option<usize> {
    text.get(from..)?.find(needle).map(|at| at + from)
}

/// Line and column of the first `needle` at or after byte `from` (or of `from` itself).
pub(super) fn find_pos(text: &str, needle: &str, from: usize) -> (usize, usize) {
    offset_pos(text, find_offset(text, needle, from).unwrap_or(from))
}

/// 1-based line and column (in characters) of a byte offset.
pub(super) fn offset_pos(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based() {
        let text = "ab\ncd \"x\"";
        assert_eq!(offset_pos(text, 0), (1, 1));
        assert_eq!(find_pos(text, "\"x\"", 0), (2, 4));
    }
}
