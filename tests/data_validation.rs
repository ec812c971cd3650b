//! The data file's rules, each proven by feeding a broken copy of the real
//! document to the same loader `build.rs` uses and checking the message.
#![cfg(not(target_arch = "wasm32"))]

use roundtable_briefing::briefing::load::parse;
use serde_json::{json, Value};

const DATA: &str = include_str!("../data/roundtable.json");

/// The real document, mutated by `edit`, then loaded; returns the error text.
fn errors_after(edit: impl FnOnce(&mut Value)) -> String {
    let mut doc: Value = serde_json::from_str(DATA).expect("data file is JSON");
    edit(&mut doc);
    match parse(&doc.to_string()) {
        Ok(_) => panic!("the broken document was accepted"),
        Err(e) => e.to_string(),
    }
}

/// Asserts that one line of `errors` is `expected`, optionally followed by
/// serde's position (" at line 1 column 8759"), which we keep for editors.
fn assert_error(errors: &str, expected: &str) {
    assert!(
        errors
            .lines()
            .any(|l| l == expected || l.starts_with(&format!("{expected} at line "))),
        "expected the line\n  {expected}\nin\n{errors}"
    );
}

#[test]
fn shipped_data_is_valid() {
    let doc = parse(DATA).unwrap_or_else(|e| panic!("data/roundtable.json is invalid:\n{e}"));
    assert_eq!(doc.speakers.len(), 10);
}

#[test]
fn removing_a_speakers_country_basis_fails() {
    let errors = errors_after(|d| {
        d["speakers"][3]
            .as_object_mut()
            .unwrap()
            .remove("country_basis");
    });
    assert_error(&errors, "speakers[3]: missing field `country_basis`");
}

#[test]
fn citing_paragraph_15_fails() {
    let errors = errors_after(|d| d["statements"][4]["paragraph"] = json!(15));
    assert_error(
        &errors,
        "statements[4].paragraph: paragraph 15 is outside the report, which has paragraphs 1 to 14",
    );
}

#[test]
fn paragraph_zero_fails() {
    let errors = errors_after(|d| d["measures"][0]["paragraph"] = json!(0));
    assert_error(
        &errors,
        "measures[0].paragraph: paragraph 0 is outside the report, which has paragraphs 1 to 14",
    );
}

#[test]
fn statement_by_unknown_speaker_fails() {
    let errors = errors_after(|d| d["statements"][7]["speaker"] = json!("kirkora2"));
    assert_error(
        &errors,
        "statements[7].speaker: no speaker with id \"kirkora2\"",
    );
}

#[test]
fn every_kind_of_reference_is_checked() {
    let errors = errors_after(|d| {
        d["statistics"][0]["cited_by"] = json!("nobody");
        d["measures"][2]["presented_by"] = json!("nobody");
        d["event"]["first_joint_event"]["claimed_by"] = json!("nobody");
    });
    assert_error(
        &errors,
        "statistics[0].cited_by: no speaker with id \"nobody\"",
    );
    assert_error(
        &errors,
        "measures[2].presented_by: no speaker with id \"nobody\"",
    );
    assert_error(
        &errors,
        "event.first_joint_event.claimed_by: no speaker with id \"nobody\"",
    );
}

#[test]
fn duplicate_ids_fail() {
    let errors = errors_after(|d| d["measures"][1]["id"] = json!("s-abaev-first"));
    assert_error(
        &errors,
        "measures[1].id: duplicate id \"s-abaev-first\" (first used at statements[1].id)",
    );
}

#[test]
fn empty_text_fails() {
    let errors = errors_after(|d| {
        d["statements"][0]["text"] = json!("   ");
        d["speakers"][2]["name"] = json!("");
    });
    assert_error(&errors, "statements[0].text: text is empty");
    assert_error(&errors, "speakers[2].name: text is empty");
}

#[test]
fn a_dropped_qualifier_fails() {
    // "over 50" with the qualifier removed would display as a flat "50".
    let errors = errors_after(|d| d["statistics"][3]["qualifier"] = Value::Null);
    assert_error(
        &errors,
        "statistics[3].qualifier: the report says \"over 50\" but no qualifier is set (expected \"over\")",
    );
}

#[test]
fn a_figure_that_disagrees_with_its_reported_text_fails() {
    let errors = errors_after(|d| d["statistics"][4]["value"] = json!(400));
    assert_error(
        &errors,
        "statistics[4].as_reported: the report says \"more than 4,000\" but value, scale and qualifier give \"more than 400\"",
    );
}

#[test]
fn a_figure_without_a_unit_fails() {
    let errors = errors_after(|d| d["statistics"][2]["unit"] = json!(""));
    assert_error(&errors, "statistics[2].unit: text is empty");
}

#[test]
fn a_quote_by_someone_who_did_not_speak_fails() {
    let errors = errors_after(|d| d["quotes"][0]["speaker"] = json!("tokayev"));
    assert_error(
        &errors,
        "quotes[0].speaker: \"tokayev\" is mentioned in the report but did not speak; quotes can only be attributed to speakers",
    );
}

#[test]
fn a_quote_must_be_attributed() {
    let errors = errors_after(|d| {
        d["quotes"][1].as_object_mut().unwrap().remove("speaker");
    });
    assert_error(&errors, "quotes[1]: missing field `speaker`");
}

#[test]
fn quote_text_must_not_carry_its_quotation_marks() {
    let errors = errors_after(|d| {
        d["quotes"][0]["text"] = json!("“For both Kazakhstan and Russia, the family matters.”")
    });
    assert_error(
        &errors,
        "quotes[0].text: quote text starts or ends with a quotation mark; store the words only",
    );
}

#[test]
fn a_country_basis_without_a_country_fails() {
    let errors = errors_after(|d| d["speakers"][1]["country"] = Value::Null);
    assert_error(
        &errors,
        "speakers[1].country: country_basis is \"implied\" but no country is given",
    );
}

#[test]
fn guessing_a_country_the_report_does_not_state_fails() {
    let errors = errors_after(|d| d["speakers"][9]["country"] = json!("ru"));
    assert_error(
        &errors,
        "speakers[9].country: a country is given although country_basis is \"not_stated\"; do not guess a country",
    );
}

#[test]
fn unknown_country_or_topic_or_field_fails_with_its_path() {
    let errors = errors_after(|d| d["speakers"][0]["country"] = json!("us"));
    assert!(
        errors.starts_with("speakers[0].country: unknown variant `us`"),
        "{errors}"
    );

    let errors = errors_after(|d| d["statements"][2]["topics"][0] = json!("sports"));
    assert!(
        errors.starts_with("statements[2].topics[0]: unknown variant `sports`"),
        "{errors}"
    );

    let errors = errors_after(|d| d["measures"][0]["titel"] = json!("typo"));
    assert!(
        errors.starts_with("measures[0].titel: unknown field `titel`"),
        "{errors}"
    );
}

#[test]
fn a_speaker_with_nothing_said_fails() {
    let errors = errors_after(|d| {
        let statements = d["statements"].as_array_mut().unwrap();
        statements.retain(|s| s["speaker"] != json!("marmontova"));
    });
    assert_error(
        &errors,
        "speakers[9]: speaker \"marmontova\" has no statement and no quote; every speaker's points must be covered",
    );
}

#[test]
fn speakers_out_of_speaking_order_fail() {
    let errors = errors_after(|d| d["speakers"].as_array_mut().unwrap().swap(0, 1));
    assert_error(
        &errors,
        "speakers[1]: speaker \"abaev\" first appears in paragraph 2, before the previous speaker (paragraph 4); list speakers in speaking order",
    );
}

#[test]
fn paragraph_summaries_must_cover_the_report_in_order() {
    let errors = errors_after(|d| {
        d["report"]["paragraphs"].as_array_mut().unwrap().pop();
    });
    assert_error(
        &errors,
        "report.paragraphs: the report has 14 paragraphs but 13 summaries are given",
    );
    let errors = errors_after(|d| d["report"]["paragraphs"][4]["n"] = json!(6));
    assert_error(
        &errors,
        "report.paragraphs[4].n: expected paragraph 5 here, found 6",
    );
}

#[test]
fn topics_are_required_and_unique() {
    let errors = errors_after(|d| {
        d["statements"][0]["topics"] = json!([]);
        d["measures"][0]["topics"] = json!(["family-values", "family-values"]);
    });
    assert_error(&errors, "statements[0].topics: no topic given");
    assert_error(
        &errors,
        "measures[0].topics[1]: topic \"family-values\" listed twice",
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let errors = errors_after(|d| {
        d["statements"][0]["paragraph"] = json!(15);
        d["statements"][1]["speaker"] = json!("ghost");
        d["statistics"][0]["label"] = json!("");
    });
    assert_eq!(errors.lines().count(), 3, "{errors}");
}

#[test]
fn malformed_json_fails_cleanly() {
    let err = parse("{ \"report\": ").unwrap_err().to_string();
    assert!(err.contains("EOF"), "{err}");
}
