//! The event-loop waker: lets other threads (the level watcher, delayed egui repaints) wake a
//! reactive window that is otherwise asleep.

use std::sync::Arc;

use bevy::prelude::*;
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};

use crate::game::waker::AppWaker;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PreStartup, install_waker);
}

fn install_waker(mut commands: Commands, proxy: Option<Res<EventLoopProxyWrapper>>) {
    if let Some(proxy) = proxy {
        let proxy = (**proxy).clone();
        commands.insert_resource(AppWaker(Arc::new(move || {
            let _ = proxy.send_event(WinitUserEvent::WakeUp);
        })));
    }
}
