//! Findings and reference-data errors as LSP diagnostics.

use std::path::Path;

use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag,
    Location, NumberOrString, Position, Range, Uri,
};

use crate::check::finding::{Finding, Severity};
use crate::reference::RefError;

use super::convert::{path_to_uri, Encoding, LineIndex};

/// What every diagnostic names as its source.
pub const SOURCE: &str = "factlint";

/// Where the rules are documented: the README's section on them, in the
/// repository the package names (as ruff and vale-ls link each code).
pub fn rules_link() -> Option<Uri> {
    format!(
        "{}#rules-configuration-and-suppressions",
        env!("CARGO_PKG_REPOSITORY")
    )
    .parse()
    .ok()
}

fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// The diagnostics of one document's findings, in the findings' order.
/// `base` is the directory a relative reference file name is taken from.
pub fn of_findings(
    text: &str,
    index: &LineIndex,
    findings: &[Finding],
    enc: Encoding,
    base: &Path,
) -> Vec<Diagnostic> {
    let offsets: Vec<usize> = findings.iter().flat_map(|f| [f.start, f.end]).collect();
    let positions = index.positions(text, &offsets, enc);
    let href = rules_link();
    findings
        .iter()
        .zip(positions.chunks(2))
        .map(|(f, p)| {
            let start = p.first().copied().unwrap_or_default();
            let end = p.get(1).copied().unwrap_or(start);
            let mut message = f.message.clone();
            if f.suggestion.is_none() && !f.alternatives.is_empty() {
                message.push_str(&format!(" (either: {})", f.alternatives.join(" / ")));
            }
            let related = f.reference.as_ref().and_then(|r| {
                let file = Path::new(&r.file);
                let uri = path_to_uri(&base.join(file))?;
                let line = r.line.saturating_sub(1) as u32;
                let mut said = format!("reference {}", r.id);
                if let Some(source) = &r.source {
                    said.push_str(&format!(" (source: {source})"));
                }
                Some(vec![DiagnosticRelatedInformation {
                    location: Location::new(
                        uri,
                        Range::new(Position::new(line, 0), Position::new(line, 0)),
                    ),
                    message: said,
                }])
            });
            Diagnostic {
                range: Range::new(start, end),
                severity: Some(severity(f.severity)),
                code: Some(NumberOrString::String(f.rule.to_owned())),
                code_description: href.clone().map(|href| CodeDescription { href }),
                source: Some(SOURCE.to_owned()),
                message,
                related_information: related,
                tags: (f.rule == "unused-suppression").then(|| vec![DiagnosticTag::UNNECESSARY]),
                data: Some(serde_json::Value::String(f.fingerprint.clone())),
            }
        })
        .collect()
}

/// The diagnostic of a reference-data or configuration error, in the text
/// of the file it is about (`None` when that text cannot be had): from its
/// line and column (in characters) to the end of that line.
pub fn of_ref_error(e: &RefError, text: Option<&str>, enc: Encoding) -> Diagnostic {
    let range = match text {
        Some(text) if !e.whole_file => {
            let index = LineIndex::new(text);
            let line_start =
                index.offset(text, Position::new(e.line.saturating_sub(1) as u32, 0), enc);
            let rest = text.get(line_start..).unwrap_or("");
            let line = rest.split(['\n', '\r']).next().unwrap_or("");
            let column = line
                .char_indices()
                .nth(e.column.saturating_sub(1))
                .map_or(line.len(), |(i, _)| i);
            index.range(text, line_start + column, line_start + line.len(), enc)
        }
        _ => Range::default(),
    };
    Diagnostic {
        range,
        severity: Some(DiagnosticSeverity::ERROR),
        source: Some(SOURCE.to_owned()),
        message: e.message.clone(),
        ..Diagnostic::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ref_error_runs_from_its_character_column_to_the_line_end() {
        let text = "facts:\n  - id: 東京\n    valu: 800\n";
        let e = RefError::new("t.yaml", 3, 5, "unknown key `valu`");
        let d = of_ref_error(&e, Some(text), Encoding::Utf16);
        assert_eq!(
            d.range,
            Range::new(Position::new(2, 4), Position::new(2, 13))
        );
        assert_eq!(d.severity, Some(DiagnosticSeverity::ERROR));
        let whole = RefError::whole_file("t.yaml", "cannot read");
        assert_eq!(
            of_ref_error(&whole, Some(text), Encoding::Utf16).range,
            Range::default()
        );
        // A line past the end of the text does not panic.
        let past = RefError::new("t.yaml", 40, 2, "x");
        assert_eq!(
            of_ref_error(&past, Some(text), Encoding::Utf16).range.start,
            Position::new(3, 0)
        );
    }

    #[test]
    fn the_rules_link_is_a_valid_uri() {
        let link = rules_link().unwrap();
        assert!(link
            .as_str()
            .ends_with("#rules-configuration-and-suppressions"));
    }
}
