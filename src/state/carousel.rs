//! The carousel's slide arithmetic: wrap-around steps, clamping when a
//! filter shrinks the set of slides, and the keys that move it. Plain Rust,
//! so the rules are tested natively and the component only wires events.

/// Something that moves the carousel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlideMove {
    /// The previous slide, wrapping from the first to the last.
    Previous,
    /// The next slide, wrapping from the last to the first.
    Next,
    /// The first slide.
    First,
    /// The last slide.
    Last,
    /// A given slide (from the picker), counted from 0.
    To(usize),
}

impl SlideMove {
    /// The move a key press asks for, by `KeyboardEvent.key`: arrows,
    /// Home and End. Other keys are not the carousel's business.
    pub fn from_key(key: &str) -> Option<SlideMove> {
        match key {
            "ArrowLeft" | "Left" => Some(SlideMove::Previous),
            "ArrowRight" | "Right" => Some(SlideMove::Next),
            "Home" => Some(SlideMove::First),
            "End" => Some(SlideMove::Last),
            _ => None,
        }
    }

    /// The move a horizontal swipe asks for, or `None` if the gesture was
    /// too short or mostly vertical (then it was a scroll, and is left alone).
    pub fn from_swipe(dx: f64, dy: f64) -> Option<SlideMove> {
        const MIN_DISTANCE: f64 = 40.0;
        if !dx.is_finite() || !dy.is_finite() {
            return None;
        }
        if dx.abs() < MIN_DISTANCE || dx.abs() < 1.5 * dy.abs() {
            return None;
        }
        Some(if dx < 0.0 {
            SlideMove::Next
        } else {
            SlideMove::Previous
        })
    }
}

/// Where `current` ends up after `step` among `count` slides. With no
/// slides the answer is 0; a target out of range is clamped.
pub fn apply(current: usize, count: usize, step: SlideMove) -> usize {
    if count == 0 {
        return 0;
    }
    let current = clamp(current, count);
    match step {
        SlideMove::Previous => (current + count - 1) % count,
        SlideMove::Next => (current + 1) % count,
        SlideMove::First => 0,
        SlideMove::Last => count - 1,
        SlideMove::To(i) => clamp(i, count),
    }
}

/// Keeps a slide index valid after the number of slides changed (a filter
/// removed some): past the end means the last slide; no slides means 0.
pub fn clamp(index: usize, count: usize) -> usize {
    index.min(count.saturating_sub(1))
}
