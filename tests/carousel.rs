//! Carousel index logic: wrap, clamp after filtering, keys and swipes.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use roundtable_briefing::state::carousel::{apply, clamp, SlideMove};
use roundtable_briefing::state::parse_fragment;

#[test]
fn next_and_previous_wrap_around() {
    assert_eq!(apply(0, 2, SlideMove::Next), 1);
    assert_eq!(apply(1, 2, SlideMove::Next), 0);
    assert_eq!(apply(0, 2, SlideMove::Previous), 1);
    assert_eq!(apply(1, 2, SlideMove::Previous), 0);
    assert_eq!(apply(0, 1, SlideMove::Next), 0);
}

#[test]
fn home_end_and_picker() {
    assert_eq!(apply(1, 5, SlideMove::First), 0);
    assert_eq!(apply(1, 5, SlideMove::Last), 4);
    assert_eq!(apply(0, 5, SlideMove::To(3)), 3);
    assert_eq!(apply(0, 5, SlideMove::To(99)), 4);
}

#[test]
fn no_slides_means_index_zero() {
    for step in [
        SlideMove::Next,
        SlideMove::Previous,
        SlideMove::Last,
        SlideMove::To(3),
    ] {
        assert_eq!(apply(7, 0, step), 0);
    }
    assert_eq!(clamp(3, 0), 0);
}

#[test]
fn a_filter_that_removes_slides_keeps_the_position_valid() {
    // On slide 2 of 2, a country filter leaves one quote: slide 1 of 1.
    assert_eq!(clamp(1, 1), 0);
    assert_eq!(clamp(1, 2), 1);
    // A stale index (from a URL) past the end steps from the last slide.
    assert_eq!(apply(9, 2, SlideMove::Next), 0);
}

#[test]
fn the_slide_in_the_url_is_counted_from_one() {
    assert_eq!(parse_fragment("#quote=2").state.slide, 1);
    // Invalid values fall back to the first slide.
    assert_eq!(parse_fragment("#quote=0").state.slide, 0);
    assert_eq!(parse_fragment("#quote=two").state.slide, 0);
}

#[test]
fn keys() {
    assert_eq!(SlideMove::from_key("ArrowLeft"), Some(SlideMove::Previous));
    assert_eq!(SlideMove::from_key("ArrowRight"), Some(SlideMove::Next));
    assert_eq!(SlideMove::from_key("Home"), Some(SlideMove::First));
    assert_eq!(SlideMove::from_key("End"), Some(SlideMove::Last));
    assert_eq!(SlideMove::from_key("ArrowUp"), None);
    assert_eq!(SlideMove::from_key("Tab"), None);
}

#[test]
fn swipes_need_distance_and_must_be_mostly_horizontal() {
    assert_eq!(SlideMove::from_swipe(-80.0, 10.0), Some(SlideMove::Next));
    assert_eq!(
        SlideMove::from_swipe(80.0, -10.0),
        Some(SlideMove::Previous)
    );
    assert_eq!(SlideMove::from_swipe(-20.0, 0.0), None, "too short");
    assert_eq!(
        SlideMove::from_swipe(-80.0, 70.0),
        None,
        "a diagonal scroll"
    );
    assert_eq!(SlideMove::from_swipe(f64::NAN, 0.0), None);
}

proptest! {
    #[test]
    fn every_move_lands_on_a_valid_slide(current in 0usize..50, count in 1usize..20, to in 0usize..50, k in 0u8..5) {
        let step = match k {
            0 => SlideMove::Previous,
            1 => SlideMove::Next,
            2 => SlideMove::First,
            3 => SlideMove::Last,
            _ => SlideMove::To(to),
        };
        prop_assert!(apply(current, count, step) < count);
    }

    #[test]
    fn next_undoes_previous(current in 0usize..20, count in 1usize..20) {
        let c = clamp(current, count);
        prop_assert_eq!(apply(apply(c, count, SlideMove::Previous), count, SlideMove::Next), c);
    }
}
