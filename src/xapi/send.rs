//! Sending the outbox to a learning record store: `POST {endpoint}/statements` over plain HTTP/1.1
//! with Basic auth and the `X-Experience-API-Version` header. A statement leaves the outbox only
//! when the store accepts it; anything else leaves it queued for the next flush.
//!
//! Hand-written rather than a client crate: one request shape, no redirects, no cookies, and no
//! TLS (an `https://` endpoint is refused with a clear reason and its statements stay queued).

use std::fs;
use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;
use std::time::Duration;

use super::{OUTBOX_DIR, XAPI_VERSION, XapiSettings, json_files};

/// How long a connection, a write or a read may take before the store counts as unreachable.
pub const TIMEOUT: Duration = Duration::from_secs(5);

/// Why a statement file was not sent.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SendError {
    /// The endpoint is not an `http://host[:port]/path` address.
    #[error("the LRS address {0:?} is not an http:// address (https is not supported yet)")]
    BadEndpoint(String),
    /// No connection (the store is down or unreachable).
    #[error("the LRS at {0} could not be reached: {1}")]
    Unreachable(String, String),
    /// The store answered with an error status.
    #[error("the LRS refused the statements: HTTP {0} {1}")]
    Refused(u16, String),
    /// The answer was not HTTP.
    #[error("the LRS's answer could not be read: {0}")]
    BadAnswer(String),
}

/// What a flush did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FlushReport {
    /// Statement files accepted by the store and taken out of the outbox.
    pub sent: Vec<PathBuf>,
    /// Statement files still queued, each with why.
    pub queued: Vec<(PathBuf, SendError)>,
}

struct Target {
    host: String,
    port: u16,
    path: String,
}

fn parse_endpoint(endpoint: &str) -> Result<Target, SendError> {
    let bad = || SendError::BadEndpoint(endpoint.to_string());
    let rest = endpoint.strip_prefix("http://").ok_or_else(bad)?;
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) => (h, p.parse::<u16>().map_err(|_| bad())?),
        None => (authority, 80),
    };
    if host.is_empty() || authority.contains('@') {
        return Err(bad());
    }
    let mut path = path.to_string();
    if !path.ends_with('/') {
        path.push('/');
    }
    path.push_str("statements");
    Ok(Target {
        host: host.to_string(),
        port,
        path,
    })
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
    let t = parse_endpoint(endpoint)?;
    let where_ = format!("{}:{}", t.host, t.port);
    let unreachable = |e: std::io::Error| SendError::Unreachable(where_.clone(), e.to_string());
    let addr = (t.host.as_str(), t.port)
        .to_socket_addrs()
        .map_err(unreachable)?
        .next()
        .ok_or_else(|| SendError::Unreachable(where_.clone(), "no address".into()))?;
    let mut stream = TcpStream::connect_timeout(&addr, TIMEOUT).map_err(unreachable)?;
    stream
        .set_read_timeout(Some(TIMEOUT))
        .map_err(unreachable)?;
    stream
        .set_write_timeout(Some(TIMEOUT))
        .map_err(unreachable)?;
    let auth = base64(format!("{}:{}", settings.username, settings.password).as_bytes());
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: {}\r\nAuthorization: Basic {auth}\r\n\
         X-Experience-API-Version: {XAPI_VERSION}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n",
        t.path,
        if t.port == 80 {
            t.host.clone()
        } else {
            where_.clone()
        },
        body.len()
    );
    stream.write_all(head.as_bytes()).map_err(unreachable)?;
    stream.write_all(body).map_err(unreachable)?;
    stream.flush().map_err(unreachable)?;
    // The status line is all that matters; read until it is complete or the store closes.
    let mut answer = Vec::new();
    let mut buf = [0u8; 1024];
    while !answer.windows(2).any(|w| w == b"\r\n") && answer.len() < 8192 {
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => answer.extend_from_slice(&buf[..n]),
            Err(e) => return Err(SendError::BadAnswer(e.to_string())),
        }
    }
    let text = String::from_utf8_lossy(&answer);
    let line = text.lines().next().unwrap_or("");
    let mut parts = line.splitn(3, ' ');
    let (Some(proto), Some(code)) = (parts.next(), parts.next()) else {
        return Err(SendError::BadAnswer(format!("{line:?}")));
    };
    let code: u16 = code
        .parse()
        .ok()
        .filter(|_| proto.starts_with("HTTP/"))
        .ok_or_else(|| SendError::BadAnswer(format!("{line:?}")))?;
    if (200..300).contains(&code) {
        Ok(())
    } else {
        Err(SendError::Refused(
            code,
            parts.next().unwrap_or("").to_string(),
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
            .map_err(|e| SendError::BadAnswer(format!("cannot read {}: {e}", path.display())))
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
        let t = parse_endpoint("http://127.0.0.1:8080/xapi").unwrap();
        assert_eq!(
            (t.host.as_str(), t.port, t.path.as_str()),
            ("127.0.0.1", 8080, "/xapi/statements")
        );
        let t = parse_endpoint("http://lrs.local").unwrap();
        assert_eq!((t.port, t.path.as_str()), (80, "/statements"));
        assert!(parse_endpoint("https://lrs.example.com/xapi/").is_err());
        assert!(parse_endpoint("http://:80/").is_err());
        assert!(parse_endpoint("http://h:notaport/").is_err());
    }
}
