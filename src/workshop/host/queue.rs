//! Where the host puts a device's messages: a bounded queue per connection ([`SEND_QUEUE`]
//! messages). A device that reads nothing while the queue is full is dropped: its connection
//! closes and its queue is freed, so no client can grow the host's memory. The same handle
//! closes a connection on purpose (a seat taken back with its token).

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use tokio::sync::Notify;
use tokio::sync::mpsc::{Receiver, Sender, channel, error::TrySendError};

use crate::workshop::protocol::SEND_QUEUE;

/// Why the host closes a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Closing {
    /// Open.
    No = 0,
    /// The device read nothing while its queue filled: drop it at once.
    Overflow = 1,
    /// The host said why (an error queued first): send what is queued, then close.
    Told = 2,
}

#[derive(Debug)]
struct Close {
    why: AtomicU8,
    notify: Notify,
}

/// Sends JSON text (serialised once) to one device.
#[derive(Debug, Clone)]
pub struct Tx {
    queue: Sender<Arc<str>>,
    close: Arc<Close>,
}

/// The connection's side: the queue to write out and the close signal.
pub(super) struct Rx {
    pub queue: Receiver<Arc<str>>,
    close: Arc<Close>,
}

/// A new connection's queue.
pub(super) fn queue() -> (Tx, Rx) {
    let (tx, rx) = channel(SEND_QUEUE);
    let close = Arc::new(Close {
        why: AtomicU8::new(Closing::No as u8),
        notify: Notify::new(),
    });
    (
        Tx {
            queue: tx,
            close: close.clone(),
        },
        Rx { queue: rx, close },
    )
}

impl Tx {
    /// Queues a message; a full queue drops the device (`Err`), a closed one ignores it.
    pub fn send(&self, text: Arc<str>) -> Result<(), ()> {
        match self.queue.try_send(text) {
            Ok(()) => Ok(()),
            Err(TrySendError::Full(_)) => {
                self.close_as(Closing::Overflow);
                Err(())
            }
            Err(TrySendError::Closed(_)) => Err(()),
        }
    }

    /// Closes the connection once what is queued (the reason, sent first) is written.
    pub(super) fn close(&self) {
        self.close_as(Closing::Told);
    }

    fn close_as(&self, why: Closing) {
        let _ = self.close.why.compare_exchange(
            Closing::No as u8,
            why as u8,
            Ordering::SeqCst,
            Ordering::SeqCst,
        );
        self.close.notify.notify_one();
    }
}

/// What the connection's reader waits on (and its writer signals).
#[derive(Debug, Clone)]
pub(super) struct CloseHandle(Arc<Close>);

impl CloseHandle {
    /// Why the connection is closing.
    pub(super) fn why(&self) -> Closing {
        match self.0.why.load(Ordering::SeqCst) {
            1 => Closing::Overflow,
            2 => Closing::Told,
            _ => Closing::No,
        }
    }

    /// The device took too long to take a message: drop it.
    pub(super) fn overflow(&self) {
        let _ = self.0.why.compare_exchange(
            Closing::No as u8,
            Closing::Overflow as u8,
            Ordering::SeqCst,
            Ordering::SeqCst,
        );
        self.0.notify.notify_one();
    }

    /// Waits until the host closes the connection.
    pub(super) async fn closed(&self) {
        loop {
            let notified = self.0.notify.notified();
            if self.why() != Closing::No {
                return;
            }
            notified.await;
        }
    }
}

impl Rx {
    /// The close signal, for the reader.
    pub(super) fn close_handle(&self) -> CloseHandle {
        CloseHandle(self.close.clone())
    }
}
