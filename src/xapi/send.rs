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
    let rest = endpoint
        .strip_prefix("https://")
        .or_else(|| endpoint.strip_prefix("http://"))
        .ok_or_else(|| SendError::BadEndpoint(endpoint.to_string()))?;
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() || host.starts_with(':') || host.contains('@') {
        return Err(SendError::BadEndpoint(endpoint.to_string()));
    }
    Ok(format!("{}/statements", endpoint.trim_end_matches('/')))
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
                if matches!(e, SendError::Unreachable(..) | SendError::BadEndpoint(_)) {
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
