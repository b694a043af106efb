//! Reference-data errors, each located at `file:line:column` so an editor
//! can jump straight to the bad entry.

use std::fmt;

/// One problem in the reference data.
///
/// `line` and `column` are 1-based (columns count characters). Errors that
/// have no better position (an unreadable file, a multi-document stream)
/// point at `1:1`, never at `0:0`, so every consumer can rely on a valid
/// position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefError {
    /// The file as it was named on the command line or found in a directory.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The reason, plainly ("duplicate id \"x\" (first defined at a.yaml:4)").
    pub message: String,
    /// The error is about the file as a whole (it cannot be read, it is not
    /// there): `line` and `column` are 1 for consumers that need a position,
    /// but the message names none, since none exists.
    pub whole_file: bool,
}

impl RefError {
    /// An error at a known position; a 0 line or column is raised to 1 so
    /// the `file:line:column` contract holds whatever the caller computed.
    pub fn new(
        file: impl Into<String>,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        RefError {
            file: file.into(),
            line: line.max(1),
            column: column.max(1),
            message: message.into(),
            whole_file: false,
        }
    }

    /// An error about the file as a whole (I/O, encoding): at 1:1 for
    /// consumers that need a position, shown as `file: message`.
    pub fn whole_file(file: impl Into<String>, message: impl Into<String>) -> Self {
        RefError {
            whole_file: true,
            ..RefError::new(file, 1, 1, message)
        }
    }
}

impl fmt::Display for RefError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.whole_file {
            return write!(f, "{}: {}", self.file, self.message);
        }
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

impl std::error::Error for RefError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_file_line_column_message() {
        let e = RefError::new("rules/a.yaml", 3, 7, "unknown unit \"Troops!\"");
        assert_eq!(e.to_string(), "rules/a.yaml:3:7: unknown unit \"Troops!\"");
    }

    #[test]
    fn never_reports_position_zero() {
        let e = RefError::new("a.yaml", 0, 0, "x");
        assert_eq!((e.line, e.column), (1, 1));
        let whole = RefError::whole_file("a.yaml", "y");
        assert_eq!((whole.line, whole.column), (1, 1));
        // No position is shown that does not exist.
        assert_eq!(whole.to_string(), "a.yaml: y");
    }
}
