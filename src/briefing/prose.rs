//! Small helpers that turn data into English phrases for the views.

/// Joins words as English does, with the given conjunction:
/// `["a"]` → `"a"`, `["a", "b", "c"]` with `"and"` → `"a, b and c"`.
pub fn join_words<'a>(words: impl IntoIterator<Item = &'a str>, conjunction: &str) -> String {
    let words: Vec<&str> = words.into_iter().collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} {conjunction} {last}", rest.join(", ")),
    }
}

/// Upper-cases the first letter: `"parliamentarians"` → `"Parliamentarians"`.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// "1 speaker", "2 speakers": a count with its noun in the right number.
pub fn count_noun(n: usize, singular: &str, plural: &str) -> String {
    if n == 1 {
        format!("1 {singular}")
    } else {
        format!("{n} {plural}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_like_english() {
        assert_eq!(join_words([], "and"), "");
        assert_eq!(join_words(["date"], "and"), "date");
        assert_eq!(join_words(["date", "venue"], "and"), "date and venue");
        assert_eq!(
            join_words(["date", "venue", "organiser"], "or"),
            "date, venue or organiser"
        );
    }

    #[test]
    fn capitalises_first_letter_only() {
        assert_eq!(
            capitalise("parliamentarians, experts"),
            "Parliamentarians, experts"
        );
        assert_eq!(capitalise(""), "");
        assert_eq!(capitalise("élan"), "Élan");
    }

    #[test]
    fn counts_agree_in_number() {
        assert_eq!(count_noun(1, "speaker", "speakers"), "1 speaker");
        assert_eq!(count_noun(0, "speaker", "speakers"), "0 speakers");
        assert_eq!(count_noun(4, "measure", "measures"), "4 measures");
    }
}
