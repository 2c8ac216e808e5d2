//! Stakeholder and team portraits: `assets/portraits/<name>.png` from disk when there is an
//! assets folder that wins (see [`crate::game::disk_root`]), else the copy built into the binary;
//! decoded on first use into egui textures and kept. A missing or unreadable picture falls back
//! to initials on a coloured disc.
//!
//! Loading is synchronous (a 256 px PNG decodes in about a millisecond), so a portrait never
//! appears late on an idle window that is not redrawing.

use std::collections::HashMap;

use bevy::asset::RenderAssetUsages;
use bevy::image::{CompressedImageFormats, Image, ImageSampler, ImageType};
use bevy::prelude::*;
use bevy_egui::egui::{self, ColorImage, TextureHandle, TextureId, TextureOptions};

use crate::scenario::model::{Role, Scenario};

use crate::bundled::portraits::chosen_or_default;
pub use crate::bundled::portraits::{
    CLIENT_PORTRAITS, PROJECT_MANAGER, SENIOR_DESIGNER, face_portrait,
};

/// The portrait name for stakeholder `i` of a scenario.
pub fn stakeholder_portrait(scenario: &Scenario, i: usize) -> String {
    chosen_or_default(scenario.stakeholders[i].portrait.as_deref(), i)
}

/// The portrait of a delivery person who can join the seller (none for the seller).
pub fn team_portrait(role: Role) -> Option<&'static str> {
    match role {
        Role::ProjectManager => Some(PROJECT_MANAGER),
        Role::SeniorDesigner => Some(SENIOR_DESIGNER),
        Role::Seller => None,
    }
}

/// Decoded portraits by name (`None`: no usable picture).
#[derive(Resource, Default)]
pub struct Portraits {
    cache: HashMap<String, Option<TextureHandle>>,
}

impl Portraits {
    /// The texture for a portrait name, loading it the first time.
    pub fn get(&mut self, ctx: &egui::Context, name: &str) -> Option<TextureId> {
        if !self.cache.contains_key(name) {
            let handle = load(name).map(|img| {
                ctx.load_texture(format!("portrait-{name}"), img, TextureOptions::LINEAR)
            });
            self.cache.insert(name.to_owned(), handle);
        }
        self.cache
            .get(name)
            .and_then(|h| h.as_ref().map(TextureHandle::id))
    }
}

fn load(name: &str) -> Option<ColorImage> {
    let safe = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !safe {
        return None;
    }
    let on_disk = crate::game::disk_root()
        .map(|r| {
            r.join("assets")
                .join("portraits")
                .join(format!("{name}.png"))
        })
        .and_then(|path| std::fs::read(path).ok());
    let bytes = match on_disk {
        Some(bytes) => std::borrow::Cow::Owned(bytes),
        None => std::borrow::Cow::Borrowed(crate::bundled::art::portrait(name)?),
    };
    let image = Image::from_buffer(
        &bytes,
        ImageType::Extension("png"),
        CompressedImageFormats::NONE,
        true,
        ImageSampler::Default,
        RenderAssetUsages::default(),
    )
    .ok()?;
    let rgba = image.try_into_dynamic().ok()?.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    Some(ColorImage::from_rgba_unmultiplied(size, rgba.as_raw()))
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Portraits>();
}
