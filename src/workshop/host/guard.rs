//! The host's listener: every accepted connection must finish its HTTP request's headers (the
//! WebSocket handshake, or a `/board` request) within [`HANDSHAKE_TIMEOUT`], or it is closed.
//! Without it, silent TCP connections each hold an open file until the host can accept nothing.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::Sleep;

use crate::workshop::protocol::HANDSHAKE_TIMEOUT;

/// A TCP listener whose connections are [`Deadline`]d.
pub(super) struct Guarded(pub TcpListener);

impl axum::serve::Listener for Guarded {
    type Io = Deadline;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        let (io, addr) = axum::serve::Listener::accept(&mut self.0).await;
        (Deadline::new(io), addr)
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.0.local_addr()
    }
}

/// A connection that must send the end of its first request's headers (an empty line) before
/// its deadline; reading fails with `TimedOut` after it. Once the headers are in, it is a plain
/// connection (a WebSocket's hello has its own limit).
pub(super) struct Deadline {
    io: TcpStream,
    /// Armed until the headers' end is seen.
    sleep: Option<Pin<Box<Sleep>>>,
    /// How much of "\r\n\r\n" was seen last.
    matched: usize,
}

impl Deadline {
    fn new(io: TcpStream) -> Self {
        Deadline {
            io,
            sleep: Some(Box::pin(tokio::time::sleep(HANDSHAKE_TIMEOUT))),
            matched: 0,
        }
    }

    /// The TCP stream (to set its options).
    pub(super) fn tcp(&mut self) -> &mut TcpStream {
        &mut self.io
    }

    fn scan(&mut self, bytes: &[u8]) {
        const END: &[u8] = b"\r\n\r\n";
        for &b in bytes {
            self.matched = if b == END[self.matched] {
                self.matched + 1
            } else if b == END[0] {
                1
            } else {
                0
            };
            if self.matched == END.len() {
                self.sleep = None;
                return;
            }
        }
    }
}

impl AsyncRead for Deadline {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        if let Some(sleep) = this.sleep.as_mut()
            && sleep.as_mut().poll(cx).is_ready()
        {
            return Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the request's headers did not come in time",
            )));
        }
        let before = buf.filled().len();
        let polled = Pin::new(&mut this.io).poll_read(cx, buf);
        if this.sleep.is_some() && matches!(polled, Poll::Ready(Ok(()))) {
            let new = buf.filled()[before..].to_vec();
            this.scan(&new);
        }
        polled
    }
}

impl AsyncWrite for Deadline {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }
}
