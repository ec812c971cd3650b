//! The messages the iframe embed posts to its parent page (see
//! docs/embedding.md): their type names and the parts that are plain data.

/// `type` of the height message, namespaced so no other widget's messages match.
pub const HEIGHT_TYPE: &str = "roundtable-briefing:height";
/// `type` of the view-state message.
pub const STATE_TYPE: &str = "roundtable-briefing:state";
/// The tallest height worth reporting; the parent script ignores more.
pub const MAX_HEIGHT: u32 = 50_000;

/// A measured height in whole CSS pixels, rounded up so nothing is cut off;
/// `None` for zero, negative, NaN or absurd values (nothing to report).
pub fn whole_pixels(height: f64) -> Option<u32> {
    if !height.is_finite() || height <= 0.0 || height > f64::from(MAX_HEIGHT) {
        return None;
    }
    Some(height.ceil() as u32)
}

/// Pym.js's height message for the frame named `id`.
pub fn pym_height(id: &str, height: u32) -> String {
    format!("pymxPYMx{id}xPYMxheightxPYMx{height}")
}

/// The frame's Pym.js id: Pym's parent adds `childId=<id>` to the frame's
/// URL, and its value names the frame in Pym's height messages. Only
/// letters, digits, `-` and `_` are kept, at most 100 of them; `None` when
/// nothing is left.
pub fn pym_child_id(search: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("childId="))
        .map(|id| {
            id.chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
                .take(100)
                .collect::<String>()
        })
        .filter(|id| !id.is_empty())
}
