//! Sending the outbox to a learning record store: `POST {endpoint}/statements` over HTTP or
//! HTTPS with Basic auth and the `X-Experience-API-Version` header. A statement leaves the outbox
//! only when the store accepts it; anything else leaves it queued for the next flush.
//!
//! The client is `ureq` with rustls (and its bundled root certificates): learning record stores
//! are almost always HTTPS, which no hand-written client can speak.

use std::fs;
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;
use std::time::Duration;

use super::{OUTBOX_DIR, XAPI_VERSION, XapiSettings, json_files};

/// How long a connection, a write or a read may take before the store counts as unreachable.
pub const TIMEOUT: Duration = Duration::from_secs(5);

/// Why a statement file was not sent.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SendError {
    /// The endpoint is not an `http(s)://host[:port]/path` address.
    #[error("the LRS address {0:?} is not an http:// or https:// address")]
    BadEndpoint(String),
    /// No connection (the store is down or unreachable).
    #[error("the LRS at {0} could not be reached: {1}")]
    Unreachable(String, String),
    /// The store answered with an error status.
    #[error("the LRS refused the statements: HTTP {0} {1}")]
    Refused(u16, String),
    /// The queued file could not be read.
    #[error("{0}")]
    Unreadable(String),
    /// The endpoint ends with `/statements`, which the sender adds itself.
    #[error(
        "the LRS address {0} ends with /statements: give it without (the statements resource is added to it)"
    )]
    StatementsAppended(String),
    /// The store answered 404: the address is not an xAPI endpoint (often the server's root).
    #[error(
        "the LRS at {0} has no statements resource (HTTP 404): give the store's xAPI endpoint, which usually ends with a path such as /xapi or /data/xAPI, not the server's root"
    )]
    NotFound(String),
    /// The learner is not known (the settings file is damaged): the statements wait, unsent.
    #[error("{0}")]
    NoLearner(String),
}

/// Why an endpoint cannot be sent to (the form and the sender judge with the same function,
/// [`endpoint_base`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndpointProblem {
    /// Not `http://` or `https://` (in any case).
    Scheme,
    /// No host.
    NoHost,
    /// A user or password in the address (they belong in their own fields).
    Credentials,
    /// It ends with `/statements`, which is added to it.
    Statements,
}

/// The endpoint as sent to: trimmed, its scheme in lower case (`HTTPS://` is `https://`), no
/// trailing `/`; or why it cannot be used.
pub fn endpoint_base(endpoint: &str) -> Result<String, EndpointProblem> {
    let e = endpoint.trim();
    let scheme_len = ["https://", "http://"]
        .iter()
        .find(|p| {
            e.get(..p.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(p))
        })
        .map(|p| p.len())
        .ok_or(EndpointProblem::Scheme)?;
    let scheme = e[..scheme_len].to_ascii_lowercase();
    let rest = &e[scheme_len..];
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.contains('@') {
        return Err(EndpointProblem::Credentials);
    }
    if host.is_empty() || host.starts_with(':') {
        return Err(EndpointProblem::NoHost);
    }
    let base = format!("{scheme}{}", rest.trim_end_matches('/'));
    if base.to_ascii_lowercase().ends_with("/statements") {
        return Err(EndpointProblem::Statements);
    }
    Ok(base)
}

/// Whether an endpoint names only a server, no path (a caution: a store's xAPI endpoint
/// usually has one).
pub fn endpoint_is_root(endpoint: &str) -> bool {
    endpoint_base(endpoint).is_ok_and(|b| {
        let rest = b.split_once("://").map_or("", |(_, r)| r);
        !rest.contains('/')
    })
}

/// What a flush did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FlushReport {
    /// Statement files accepted by the store and taken out of the outbox.
    pub sent: Vec<PathBuf>,
    /// Statement files still queued, each with why.
    pub queued: Vec<(PathBuf, SendError)>,
}

/// The statements resource of an endpoint: `{endpoint}/statements`.
fn statements_url(endpoint: &str) -> Result<String, SendError> {
    match endpoint_base(endpoint) {
        Ok(base) => Ok(format!("{base}/statements")),
        Err(EndpointProblem::Statements) => Err(SendError::StatementsAppended(endpoint.into())),
        Err(_) => Err(SendError::BadEndpoint(endpoint.to_string())),
    }
}

/// Standard base64 with padding (for the Basic-auth header).
pub fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Posts one statement file's bytes (a JSON array of statements) to the store.
pub fn post(settings: &XapiSettings, body: &[u8]) -> Result<(), SendError> {
    let endpoint = settings.endpoint.as_deref().unwrap_or("");
    let url = statements_url(endpoint)?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into();
    let auth = base64(format!("{}:{}", settings.username, settings.password).as_bytes());
    let answer = agent
        .post(&url)
        .header("Authorization", &format!("Basic {auth}"))
        .header("X-Experience-API-Version", XAPI_VERSION)
        .content_type("application/json")
        .send(body)
        .map_err(|e| match e {
            ureq::Error::BadUri(_) | ureq::Error::Http(_) => {
                SendError::BadEndpoint(endpoint.to_string())
            }
            other => SendError::Unreachable(endpoint.to_string(), other.to_string()),
        })?;
    let status = answer.status();
    if status.is_success() {
        Ok(())
    } else if status.as_u16() == 404 {
        Err(SendError::NotFound(endpoint.to_string()))
    } else {
        Err(SendError::Refused(
            status.as_u16(),
            status.canonical_reason().unwrap_or("").to_string(),
        ))
    }
}

/// Sends every statement file in the outbox, oldest first. Stops at the first unreachable store
/// (the rest stay queued with the same reason) so a flush never waits once per file.
pub fn flush(data_dir: &Path, settings: &XapiSettings) -> FlushReport {
    let mut report = FlushReport::default();
    // Statements held while the learner was unknown go first into the outbox.
    super::release_held(data_dir, settings);
    let files = json_files(&data_dir.join(OUTBOX_DIR));
    let mut down: Option<SendError> = None;
    for path in files {
        if let Some(e) = &down {
            report.queued.push((path, e.clone()));
            continue;
        }
        let result = fs::read(&path)
            .map_err(|e| SendError::Unreadable(format!("cannot read {}: {e}", path.display())))
            .and_then(|body| post(settings, &body));
        match result {
            Ok(()) => {
                // Sent: the kept copy in xapi/statements stays; only the queued copy goes.
                let _ = fs::remove_file(&path);
                report.sent.push(path);
            }
            Err(e) => {
                // An address that cannot work stops the flush: every file would get the same.
                if matches!(
                    e,
                    SendError::Unreachable(..)
                        | SendError::BadEndpoint(_)
                        | SendError::StatementsAppended(_)
                        | SendError::NotFound(_)
                ) {
                    down = Some(e.clone());
                }
                report.queued.push((path, e));
            }
        }
    }
    report
}

/// Flushes the outbox on a background thread, so play never waits on the network.
pub fn flush_in_background(data_dir: PathBuf, settings: XapiSettings) -> JoinHandle<FlushReport> {
    std::thread::spawn(move || flush(&data_dir, &settings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_examples() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), coded);
        }
    }

    #[test]
    fn endpoints() {
        assert_eq!(
            statements_url("http://127.0.0.1:8080/xapi/").unwrap(),
            "http://127.0.0.1:8080/xapi/statements"
        );
        assert_eq!(
            statements_url("https://lrs.example.com/data/xAPI").unwrap(),
            "https://lrs.example.com/data/xAPI/statements"
        );
        assert_eq!(
            statements_url("HTTPS://lrs.example.com/xapi").unwrap(),
            "https://lrs.example.com/xapi/statements"
        );
        assert_eq!(
            statements_url("https://lrs.example.com/xapi/statements/"),
            Err(SendError::StatementsAppended(
                "https://lrs.example.com/xapi/statements/".into()
            ))
        );
        assert!(endpoint_is_root("https://lrs.example.com/"));
        assert!(!endpoint_is_root("https://lrs.example.com/xapi"));
        for bad in [
            "lrs.example.com/xapi",
            "ftp://lrs/",
            "http://:80/",
            "https://u:p@lrs/",
        ] {
            assert!(statements_url(bad).is_err(), "{bad}");
        }
    }
}
