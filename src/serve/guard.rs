//! The layers around every route: the bearer token, the host a loopback
//! server answers to, CORS, the bounds on requests, and errors as JSON.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use subtle::ConstantTimeEq as _;
use tokio::sync::Semaphore;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

use super::api::error_response;
use super::Options;

/// `routes` behind every guard `options` asks for. The outermost layer
/// comes last: errors become JSON, then CORS answers preflights, then the
/// host and the token are checked, then the bounds apply.
pub(super) fn wrap(routes: Router, options: &Options) -> Router {
    let limits = &options.limits;
    let in_flight = Arc::new(Semaphore::new(limits.in_flight.max(1)));
    let body_bytes = limits.body_bytes;
    let mut app = routes
        .layer(axum::extract::DefaultBodyLimit::disable())
        .layer(RequestBodyLimitLayer::new(body_bytes))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            limits.request_time,
        ))
        .layer(middleware::from_fn(move |req: Request, next: Next| {
            let in_flight = Arc::clone(&in_flight);
            async move {
                match in_flight.try_acquire_owned() {
                    Ok(_permit) => next.run(req).await,
                    Err(_) => error_response(
                        StatusCode::SERVICE_UNAVAILABLE,
                        "too many requests in flight; try again shortly",
                    ),
                }
            }
        }));
    if let Some(token) = options.token.clone() {
        let token: Arc<[u8]> = Arc::from(token.into_bytes());
        app = app.layer(middleware::from_fn(move |req: Request, next: Next| {
            let token = Arc::clone(&token);
            async move { bearer(&token, req, next).await }
        }));
    } else if options.loopback {
        app = app.layer(middleware::from_fn(loopback_host));
    }
    if !options.cors.is_empty() {
        let origins: Vec<HeaderValue> = options
            .cors
            .iter()
            .filter_map(|o| HeaderValue::from_str(o).ok())
            .collect();
        app = app.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(origins))
                .allow_methods([Method::GET, Method::POST])
                .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION]),
        );
    }
    app.layer(middleware::from_fn(
        move |req: Request, next: Next| async move {
            let mut response = as_json_error(next.run(req).await, body_bytes);
            let headers = response.headers_mut();
            for (name, value) in [
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
                (header::CACHE_CONTROL, "no-store"),
                (header::REFERRER_POLICY, "no-referrer"),
                (header::X_FRAME_OPTIONS, "DENY"),
            ] {
                headers.insert(name, HeaderValue::from_static(value));
            }
            response
        },
    ))
}

/// Every request but the page's own must carry `Authorization: Bearer
/// <token>`; the comparison takes the same time wherever it differs.
async fn bearer(token: &[u8], req: Request, next: Next) -> Response {
    if req.uri().path() == "/" {
        return next.run(req).await;
    }
    let given = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.as_bytes().strip_prefix(b"Bearer "));
    match given {
        Some(given) if bool::from(given.ct_eq(token)) => next.run(req).await,
        _ => {
            let mut response = error_response(
                StatusCode::UNAUTHORIZED,
                "this server needs its token: send Authorization: Bearer <token>",
            );
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            response
        }
    }
}

/// A loopback server without a token answers only to a loopback host
/// name: a page elsewhere that rebinds its own name to 127.0.0.1 sends its
/// own name as the host, and is refused.
async fn loopback_host(req: Request, next: Next) -> Response {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if is_loopback_host(host) {
        next.run(req).await
    } else {
        error_response(
            StatusCode::FORBIDDEN,
            "this server answers to localhost only (serve with --token to answer to other names)",
        )
    }
}

/// `localhost`, `127.0.0.1`, `[::1]` and the like, with or without a port.
fn is_loopback_host(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map_or(host, |(name, _port)| name)
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// An error answer from a layer or the router (a wrong method, no such
/// route, a body over the limit, a timeout) in the API's own form:
/// `{"error": "..."}`. Handlers' own errors are JSON already.
fn as_json_error(response: Response, body_bytes: usize) -> Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let message = match status {
        StatusCode::NOT_FOUND => "no such endpoint: see GET / and the /api/ routes".to_owned(),
        StatusCode::METHOD_NOT_ALLOWED => {
            "method not allowed: the /api/ routes take POST with a JSON body, except GET /api/rules"
                .to_owned()
        }
        StatusCode::PAYLOAD_TOO_LARGE => {
            format!("request body over the limit of {body_bytes} bytes")
        }
        StatusCode::SERVICE_UNAVAILABLE => "the request took too long and was stopped".to_owned(),
        StatusCode::BAD_REQUEST => "malformed request".to_owned(),
        other => other
            .canonical_reason()
            .unwrap_or("request refused")
            .to_owned(),
    };
    let (mut parts, _body) = response.into_parts();
    let fresh = error_response(status, &message);
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    let (_, body) = fresh.into_parts();
    Response::from_parts(parts, Body::new(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts_with_and_without_ports() {
        for host in [
            "localhost",
            "localhost:7878",
            "127.0.0.1:80",
            "[::1]:7878",
            "[::1]",
        ] {
            assert!(is_loopback_host(host), "{host}");
        }
        for host in [
            "evil.example",
            "evil.example:7878",
            "10.0.0.1:7878",
            "",
            "localhost.evil",
        ] {
            assert!(!is_loopback_host(host), "{host}");
        }
    }
}
