//! Number formatting: thousands separators, magnitude words, qualifiers.
#![cfg(not(target_arch = "wasm32"))]

use roundtable_briefing::briefing::format::{format_figure, format_value, group_thousands};
use roundtable_briefing::briefing::{Qualifier, Scale};

#[test]
fn groups_thousands() {
    assert_eq!(group_thousands(0), "0");
    assert_eq!(group_thousands(32), "32");
    assert_eq!(group_thousands(999), "999");
    assert_eq!(group_thousands(4_000), "4,000");
    assert_eq!(group_thousands(20_000_000), "20,000,000");
    assert_eq!(group_thousands(u64::MAX), "18,446,744,073,709,551,615");
}

#[test]
fn keeps_the_reports_magnitude_word() {
    assert_eq!(format_value(20_000_000, Some(Scale::Million)), "20 million");
    assert_eq!(format_value(7_000_000, Some(Scale::Million)), "7 million");
    assert_eq!(format_value(1_500_000, Some(Scale::Million)), "1.5 million");
    assert_eq!(
        format_value(1_250_000, Some(Scale::Million)),
        "1.25 million"
    );
    assert_eq!(
        format_value(2_000_000_000, Some(Scale::Million)),
        "2,000 million"
    );
    assert_eq!(format_value(4_500, Some(Scale::Thousand)), "4.5 thousand");
    assert_eq!(format_value(4_000, None), "4,000");
}

#[test]
fn keeps_qualifiers() {
    assert_eq!(format_figure(Some(Qualifier::Over), 50, None), "over 50");
    assert_eq!(
        format_figure(Some(Qualifier::MoreThan), 4_000, None),
        "more than 4,000"
    );
    assert_eq!(format_figure(None, 32, None), "32");
    for q in Qualifier::ALL {
        assert!(format_figure(Some(q), 1, None).starts_with(q.words()));
    }
}
