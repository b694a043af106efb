//! The routes: the API, `/healthz` and the page.
//!
//! Every handler reads the text from the request body and nothing else:
//! no field names a file. Checking is CPU work: it runs on the blocking
//! pool, at most [`super::Limits::checks`] at once, never on the threads
//! that serve connections.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::json;

use super::Shared;
use crate::check::finding::Finding;
use crate::checker::Checker;
use crate::document::Format;
use crate::report::{CheckFormat, ExtractFormat, RenderOptions};

/// The page: one self-contained file, no external assets.
const PAGE: &str = include_str!("page.html");

/// The name a text goes by when the request gives none.
const DEFAULT_NAME: &str = "article";

/// Longest `name` a request may give, in bytes.
const NAME_MAX: usize = 1024;

pub(super) fn routes(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", get(page))
        .route("/healthz", get(healthz))
        .route("/api/check", post(check))
        .route("/api/extract", post(extract))
        .route("/api/review", post(review))
        .route("/api/fix", post(fix))
        .route("/api/rules", get(rules))
        .with_state(shared)
}

/// An error answer: `{"error": "..."}` with its status.
#[derive(Debug)]
pub(super) struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }

    fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        error_response(self.status, &self.message)
    }
}

/// `{"error": message}` with `status`.
pub(super) fn error_response(status: StatusCode, message: &str) -> Response {
    let body = json!({ "error": message }).to_string();
    json_response(status, body)
}

/// A JSON body, made safe as every report leaving factlint is
/// ([`crate::escape::outgoing`]).
fn json_response(status: StatusCode, body: String) -> Response {
    let body = match crate::escape::outgoing(&body) {
        std::borrow::Cow::Borrowed(_) => body,
        std::borrow::Cow::Owned(escaped) => escaped,
    };
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response()
}

/// The body of a request about one text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TextRequest {
    text: String,
    /// The article date for relative dates (YYYY-MM-DD), as `--date`.
    #[serde(default)]
    date: Option<String>,
    /// "markdown" or "text"; by default from the name's extension, else text.
    #[serde(default)]
    format: Option<String>,
    /// The name findings give the text, as `--stdin-filename`.
    #[serde(default)]
    name: Option<String>,
}

/// The body of `POST /api/fix`: a text, and which suggestion to apply
/// (none: every safe one, as `check --fix` would).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FixRequest {
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    name: Option<String>,
    /// The finding's fingerprint, as the report gives it.
    #[serde(default)]
    fingerprint: Option<String>,
    /// The finding's start (byte offset), when fingerprints repeat.
    #[serde(default)]
    start: Option<usize>,
    /// One of the finding's corrections (its suggestion or an
    /// alternative); by default its suggestion.
    #[serde(default)]
    replacement: Option<String>,
}

/// A text ready to check.
struct Article {
    name: String,
    text: String,
    format: Format,
    date: Option<NaiveDate>,
}

impl Article {
    fn new(
        text: String,
        date: Option<String>,
        format: Option<String>,
        name: Option<String>,
    ) -> Result<Article, ApiError> {
        let name = name.unwrap_or_else(|| DEFAULT_NAME.to_owned());
        if name.is_empty() || name.len() > NAME_MAX {
            return Err(ApiError::bad_request(format!(
                "name: must be 1 to {NAME_MAX} bytes long"
            )));
        }
        let format = match format.as_deref() {
            None => Format::from_path(std::path::Path::new(&name)).unwrap_or(Format::Text),
            Some("markdown" | "md") => Format::Markdown,
            Some("text" | "txt") => Format::Text,
            Some(other) => {
                return Err(ApiError::bad_request(format!(
                    "format: `{other}` is not one of markdown, text"
                )))
            }
        };
        let date = match date.as_deref() {
            None | Some("") => None,
            Some(d) => Some(NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| {
                ApiError::bad_request(format!("date: `{d}` is not a date in the form YYYY-MM-DD"))
            })?),
        };
        Ok(Article {
            name,
            text,
            format,
            date,
        })
    }

    fn check(self, checker: &Checker) -> crate::checker::CheckedText {
        checker.check_text(&self.name, self.text, self.format, self.date)
    }
}

/// The request body as `T`: JSON only (a browser must then ask before it
/// sends one from another origin, which CORS refuses unless configured).
fn parse<T: DeserializeOwned>(headers: &HeaderMap, body: &Bytes) -> Result<T, ApiError> {
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    if !json {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "the request body must be JSON, sent with Content-Type: application/json",
        ));
    }
    serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(format!("malformed request body: {e}")))
}

/// Run `work` on the blocking pool once a check permit is free.
async fn blocking<T: Send + 'static>(
    shared: &Shared,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ApiError> {
    let permit = Arc::clone(&shared.checks)
        .acquire_owned()
        .await
        .map_err(|_| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "shutting down"))?;
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        work()
    })
    .await
    .map_err(|_| {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal error while checking the text",
        )
    })
}

async fn page() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(
                    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; \
                     connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; \
                     frame-ancestors 'none'",
                ),
            ),
        ],
        PAGE,
    )
        .into_response()
}

async fn healthz(State(shared): State<Arc<Shared>>) -> Response {
    let health = shared.health();
    let status = if health.errors.is_empty() {
        "ok"
    } else {
        "stale"
    };
    let body = json!({
        "status": status,
        "generation": health.generation,
        "references": health.references,
        "loaded_at": health.loaded_at,
        "errors": health.errors,
    });
    json_response(StatusCode::OK, body.to_string())
}

async fn rules(State(shared): State<Arc<Shared>>) -> Response {
    let checker = shared.checker();
    let rules: Vec<serde_json::Value> = crate::check::rules::RULES
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "level": checker.options().severity(r.id).map_or("off", |s| s.name()),
                "summary": r.summary(),
            })
        })
        .collect();
    json_response(StatusCode::OK, json!({ "rules": rules }).to_string())
}

/// `check --format json` for the text.
async fn check(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let req: TextRequest = parse(&headers, &body)?;
    drop(body);
    let article = Article::new(req.text, req.date, req.format, req.name)?;
    let checker = shared.checker();
    let json = blocking(&shared, move || {
        let checked = article.check(&checker);
        let report = checker.report(&checked);
        crate::report::render_check(CheckFormat::Json, &report, &RenderOptions::default())
    })
    .await?;
    Ok(json_response(StatusCode::OK, json))
}

/// `extract --format json` for the text.
async fn extract(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let req: TextRequest = parse(&headers, &body)?;
    drop(body);
    let a = Article::new(req.text, req.date, req.format, req.name)?;
    let checker = shared.checker();
    let json = blocking(&shared, move || {
        let (doc, claims) = checker.extract_text(&a.name, a.text, a.format, a.date);
        crate::report::render_extract(ExtractFormat::Json, &[(&doc, &claims)])
    })
    .await?;
    Ok(json_response(StatusCode::OK, json))
}

/// Everything the page shows of a text: the counts, each claim with its
/// verdict, each finding with its word diff, and the text with every safe
/// suggestion applied. Offsets are in UTF-16 code units, as a browser
/// indexes strings.
async fn review(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let req: TextRequest = parse(&headers, &body)?;
    drop(body);
    let article = Article::new(req.text, req.date, req.format, req.name)?;
    let checker = shared.checker();
    let health = shared.health();
    let body = blocking(&shared, move || {
        super::review::review(&checker, article.check(&checker), &health)
    })
    .await?;
    Ok(json_response(StatusCode::OK, body))
}

/// The text with one suggestion applied (or every safe one).
async fn fix(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let req: FixRequest = parse(&headers, &body)?;
    drop(body);
    let (fingerprint, start, replacement) = (req.fingerprint, req.start, req.replacement);
    let article = Article::new(req.text, req.date, req.format, req.name)?;
    let checker = shared.checker();
    let fixed = blocking(&shared, move || {
        let checked = article.check(&checker);
        let findings = &checked.check.findings;
        let text = &checked.document.text;
        match fingerprint {
            None => Ok(crate::fix::apply(text, findings)),
            Some(fp) => {
                let found = findings
                    .iter()
                    .find(|f| f.fingerprint == fp && start.is_none_or(|s| s == f.start))
                    .ok_or_else(|| {
                        ApiError::new(
                            StatusCode::CONFLICT,
                            "no such finding in this text (it changed since it was checked)",
                        )
                    })?;
                let chosen = chosen_fix(found, replacement.as_deref())?;
                Ok(crate::fix::apply(text, std::slice::from_ref(&chosen)))
            }
        }
    })
    .await??;
    let body = json!({ "text": fixed.text, "applied": fixed.applied.len() });
    Ok(json_response(StatusCode::OK, body.to_string()))
}

/// `finding` with `replacement` (its suggestion, by default) as the one
/// suggestion to apply: asked for by name, it is applied whether or not
/// `--fix` would apply it unasked.
fn chosen_fix(finding: &Finding, replacement: Option<&str>) -> Result<Finding, ApiError> {
    let suggested = finding.suggestion.as_ref().map(|s| s.replacement.as_str());
    let replacement = match replacement
        .or(suggested)
        .or(finding.alternatives.first().map(String::as_str))
    {
        Some(r) => r,
        None => return Err(ApiError::bad_request("this finding has no suggestion")),
    };
    let offered =
        suggested == Some(replacement) || finding.alternatives.iter().any(|a| a == replacement);
    if !offered {
        return Err(ApiError::bad_request(
            "replacement: not one of the finding's suggestions",
        ));
    }
    let span = finding.suggestion.as_ref().map_or(
        crate::extract::claim::Span::new(finding.start, finding.end),
        |s| s.span,
    );
    let mut chosen = finding.clone();
    chosen.suggestion = Some(crate::check::finding::Suggestion {
        span,
        replacement: replacement.to_owned(),
        safe: true,
    });
    Ok(chosen)
}
